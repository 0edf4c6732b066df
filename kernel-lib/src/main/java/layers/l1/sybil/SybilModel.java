package layers.l1.sybil;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Why consensus needs Sybil resistance. If every node has a vote, an attacker who spins up more fake identities than
 * there are honest nodes wins every majority vote, at the price of the identities: almost nothing. Proof of work and
 * proof of stake weigh votes by something that cannot be copied: splitting the same hash power or stake over more
 * identities adds no weight, and more weight must be bought.
 *
 * <pre>{@code
 * SybilInputs in = new SybilInputs(1_000, 0, 500_000_000, 20, 34_000_000, 3_000);
 * SybilModel.voteShareByIdentities(in, 1_000_000, 5_000, 500);   // the chart: share against identities
 * SybilModel.costToControl(in);                                  // what > 1/3 and > 1/2 cost under each scheme
 * }</pre>
 */
public final class SybilModel {

    private SybilModel() {
    }

    /** The attacker's share of the votes when it holds {@code amount} of the scheme's resource: {@code amount / (honest + amount)}. */
    public static double voteShare(SybilInputs inputs, Scheme scheme, long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("the attacker's amount cannot be negative: " + amount);
        }
        return amount / (double) (inputs.honest(scheme) + amount);
    }

    /** Whether {@code identities} fake nodes outvote the honest ones under one node, one vote: more than half. */
    public static boolean capturesMajority(SybilInputs inputs, long identities) {
        return identities > inputs.honestNodes();
    }

    /**
     * The least amount of the scheme's resource whose share exceeds {@code numerator/denominator} when added to the
     * honest amount: the smallest whole {@code r} with {@code r·(denominator - numerator) > honest·numerator}.
     */
    public static long amountToExceed(SybilInputs inputs, Scheme scheme, long numerator, long denominator) {
        if (numerator < 1 || denominator <= numerator) {
            throw new IllegalArgumentException("the share must be between 0 and 1, not " + numerator + "/" + denominator);
        }
        return Math.multiplyExact(inputs.honest(scheme), numerator) / (denominator - numerator) + 1;
    }

    /** {@link #amountToExceed} times the scheme's unit cost. */
    public static long costToExceed(SybilInputs inputs, Scheme scheme, long numerator, long denominator) {
        return Math.multiplyExact(amountToExceed(inputs, scheme, numerator, denominator), inputs.unitCost(scheme));
    }

    /**
     * The attacker's share against the number of identities it runs, {@code 0, step, 2·step, .. maxIdentities}:
     * under one node, one vote each identity is a vote; under proof of work and proof of stake the attacker spends
     * {@code budget} on hash rate or tokens and spreads them over its identities, which changes nothing. Columns
     * {@code identities}, {@code oneNodeOneVote}, {@code proofOfWork}, {@code proofOfStake}, {@code identityCost}.
     */
    public static Table voteShareByIdentities(SybilInputs inputs, long budget, long maxIdentities, long step) {
        if (budget < 0 || maxIdentities < 0 || step < 1) {
            throw new IllegalArgumentException("budget and identities must be 0 or more and the step positive, not "
                    + budget + ", " + maxIdentities + ", " + step);
        }
        long hashRate = inputs.costPerHashRate() == 0 ? Long.MAX_VALUE / 4 : budget / inputs.costPerHashRate();
        long tokens = inputs.costPerToken() == 0 ? Long.MAX_VALUE / 4 : budget / inputs.costPerToken();
        LongColumn identities = LongColumn.create("identities");
        DoubleColumn oneNode = DoubleColumn.create("oneNodeOneVote");
        DoubleColumn work = DoubleColumn.create("proofOfWork");
        DoubleColumn stake = DoubleColumn.create("proofOfStake");
        LongColumn identityCost = LongColumn.create("identityCost");
        for (long k = 0; k <= maxIdentities; k += step) {
            identities.append(k);
            oneNode.append(voteShare(inputs, Scheme.ONE_NODE_ONE_VOTE, k));
            work.append(k == 0 ? 0 : voteShare(inputs, Scheme.PROOF_OF_WORK, hashRate));
            stake.append(k == 0 ? 0 : voteShare(inputs, Scheme.PROOF_OF_STAKE, tokens));
            identityCost.append(Math.multiplyExact(k, inputs.costPerIdentity()));
        }
        return Table.create("attacker's vote share, budget " + budget, identities, oneNode, work, stake, identityCost);
    }

    /**
     * What it takes to control more than a third (stall a BFT chain) and more than half (outvote everyone) under each
     * scheme: columns {@code scheme}, {@code share}, {@code amount} (identities, hash rate or tokens), {@code cost}.
     */
    public static Table costToControl(SybilInputs inputs) {
        StringColumn scheme = StringColumn.create("scheme");
        StringColumn share = StringColumn.create("share");
        LongColumn amount = LongColumn.create("amount");
        LongColumn cost = LongColumn.create("cost");
        for (Scheme s : Scheme.values()) {
            for (long[] f : new long[][]{{1, 3}, {1, 2}}) {
                scheme.append(s.name());
                share.append("> " + f[0] + "/" + f[1]);
                amount.append(amountToExceed(inputs, s, f[0], f[1]));
                cost.append(costToExceed(inputs, s, f[0], f[1]));
            }
        }
        return Table.create("cost of control", scheme, share, amount, cost);
    }
}
