package layers.l1.settlement;

import layers.l1.fees.FeeMarketResult;
import layers.l1.pos.EconomicFinality;
import layers.l1.pos.SpecConstants;
import layers.l1.pow.AttackerSuccess;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How long until a payment is settled. Under proof of work never absolutely: after {@code k} confirmations an
 * attacker with a share {@code q} of the hash power still undoes it with the whitepaper's probability
 * ({@link AttackerSuccess#probability}); one confirmation per 600 seconds on average. Under Ethereum's proof of
 * stake a block is final once the checkpoint after it is justified: in the usual case two epochs, 64 slots of 12
 * seconds, 12.8 minutes, after which reverting it costs at least a third of the stake (consensus-specs phase0,
 * {@code SLOTS_PER_EPOCH = 32}, {@code SECONDS_PER_SLOT = 12}; {@link EconomicFinality#EPOCHS_TO_FINALITY}). A
 * transaction in the middle of an epoch waits up to one more epoch.
 */
public final class TimeToFinality {

    /** Bitcoin's mean block interval. Source: Bitcoin Core chainparams, {@code nPowTargetSpacing = 10 * 60}. */
    public static final long POW_BLOCK_SECONDS = EconomicFinality.POW_BLOCK_SECONDS;

    private TimeToFinality() {
    }

    /** Mean seconds to {@code k} confirmations. */
    public static long powSeconds(int confirmations) {
        if (confirmations < 0) {
            throw new IllegalArgumentException("confirmations must be 0 or more, not " + confirmations);
        }
        return confirmations * POW_BLOCK_SECONDS;
    }

    /** The fewest confirmations that bring an attacker's success below {@code risk}, and their mean time. */
    public static long powSecondsFor(double q, double risk) {
        return powSeconds(AttackerSuccess.confirmationsFor(q, risk));
    }

    /** Seconds from the start of an epoch to its finalization in the usual case: 2 × 32 × 12 = 768. */
    public static long posFinalitySeconds() {
        return EconomicFinality.EPOCHS_TO_FINALITY * SpecConstants.SLOTS_PER_EPOCH * SpecConstants.SECONDS_PER_SLOT;
    }

    /** The worst usual case: a transaction in an epoch's first slot waits almost one epoch more. */
    public static long posWorstCaseSeconds() {
        return posFinalitySeconds() + SpecConstants.SLOTS_PER_EPOCH * SpecConstants.SECONDS_PER_SLOT;
    }

    /**
     * Proof of work at each number of confirmations beside proof of stake's finality: columns {@code chain},
     * {@code rule}, {@code minutes}, {@code attackerSuccess} (the whitepaper's, for share {@code q}; 0 for a
     * finalized block, which can only be reverted by burning a third of the stake).
     */
    public static Table table(double q, int... confirmations) {
        StringColumn chain = StringColumn.create("chain");
        StringColumn rule = StringColumn.create("rule");
        DoubleColumn minutes = DoubleColumn.create("minutes");
        DoubleColumn risk = DoubleColumn.create("attackerSuccess");
        for (int k : confirmations) {
            chain.append("proof of work (Bitcoin)");
            rule.append(k + " confirmations");
            minutes.append(powSeconds(k) / 60.0);
            risk.append(AttackerSuccess.probability(q, k));
        }
        chain.append("proof of stake (Ethereum)");
        rule.append("finalized: 2 epochs of 32 slots of 12 s");
        minutes.append(posFinalitySeconds() / 60.0);
        risk.append(0);
        chain.append("proof of stake (Ethereum)");
        rule.append("finalized, transaction early in its epoch");
        minutes.append(posWorstCaseSeconds() / 60.0);
        risk.append(0);
        return Table.create("time to finality, attacker share q = " + q, chain, rule, minutes, risk);
    }

    /**
     * From sending to settled: the fee market's time to inclusion (median and 90th percentile) plus the time to
     * finality after it. Columns {@code stage}, {@code medianMinutes}, {@code p90Minutes}.
     */
    public static Table latency(FeeMarketResult inclusion, long finalitySeconds) {
        StringColumn stage = StringColumn.create("stage");
        DoubleColumn median = DoubleColumn.create("medianMinutes");
        DoubleColumn p90 = DoubleColumn.create("p90Minutes");
        double m = inclusion.waitingTimePercentile(50) / 60;
        double n = inclusion.waitingTimePercentile(90) / 60;
        stage.append("waiting to be included");
        median.append(m);
        p90.append(n);
        stage.append("included to final");
        median.append(finalitySeconds / 60.0);
        p90.append(finalitySeconds / 60.0);
        stage.append("total");
        median.append(m + finalitySeconds / 60.0);
        p90.append(n + finalitySeconds / 60.0);
        return Table.create("latency", stage, median, p90);
    }
}
