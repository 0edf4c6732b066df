package layers.l1.incentives;

import layers.l1.block.ChainParams;
import layers.l1.ledger.Amount;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * What Bitcoin pays its miners: the block subsidy, halved every 210,000 blocks ({@link ChainParams#blockSubsidy},
 * Bitcoin Core's {@code GetBlockSubsidy}), plus the block's fees. The subsidy is the native asset's issuance and,
 * for now, most of the security budget; as it halves, fees must take over.
 */
public final class BitcoinRewards {

    private BitcoinRewards() {
    }

    /** A miner's revenue for the block at {@code height}: subsidy plus fees. */
    public static Amount minerRevenue(ChainParams params, int height, Amount fees) {
        return params.blockSubsidy(height).plus(fees);
    }

    /** All the bitcoin the subsidy will ever create: the sum over eras, just under 21 million. */
    public static Amount totalSupply(ChainParams params) {
        long total = 0;
        for (int era = 0; era < 64; era++) {
            total = Math.addExact(total, Math.multiplyExact(params.blockSubsidy(era * params.halvingInterval())
                    .satoshis(), (long) params.halvingInterval()));
        }
        return Amount.sats(total);
    }

    /**
     * The first {@code eras} halving eras: columns {@code era}, {@code firstHeight}, {@code subsidySats},
     * {@code subsidyBtc}, {@code supplyAtEndBtc}, {@code shareOfFinalSupply}, and {@code feeShare}: the fees' share
     * of a block's revenue if every block carried {@code feesPerBlock}.
     */
    public static Table subsidySchedule(ChainParams params, int eras, Amount feesPerBlock) {
        if (eras < 1 || eras > 64) {
            throw new IllegalArgumentException("eras must be 1 to 64, not " + eras);
        }
        double finalSupply = totalSupply(params).satoshis();
        IntColumn era = IntColumn.create("era");
        IntColumn first = IntColumn.create("firstHeight");
        LongColumn sats = LongColumn.create("subsidySats");
        DoubleColumn btc = DoubleColumn.create("subsidyBtc");
        DoubleColumn supply = DoubleColumn.create("supplyAtEndBtc");
        DoubleColumn share = DoubleColumn.create("shareOfFinalSupply");
        DoubleColumn feeShare = DoubleColumn.create("feeShare");
        long cumulative = 0;
        for (int e = 0; e < eras; e++) {
            int height = e * params.halvingInterval();
            long subsidy = params.blockSubsidy(height).satoshis();
            cumulative += subsidy * (long) params.halvingInterval();
            era.append(e);
            first.append(height);
            sats.append(subsidy);
            btc.append(subsidy / (double) Amount.COIN);
            supply.append(cumulative / (double) Amount.COIN);
            share.append(cumulative / finalSupply);
            feeShare.append(feesPerBlock.satoshis() / (double) (subsidy + feesPerBlock.satoshis()));
        }
        return Table.create("Bitcoin's subsidy schedule", era, first, sats, btc, supply, share, feeShare);
    }
}
