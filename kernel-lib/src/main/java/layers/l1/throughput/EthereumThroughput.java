package layers.l1.throughput;

import layers.l1.fees.Gas;
import layers.l1.fees.GasMix;
import layers.l1.pos.SpecConstants;

/**
 * Ethereum's throughput: how many transactions of a given gas fit a block's gas, one block per 12-second slot.
 * Whether to count against the limit or the target matters by a factor of two: under EIP-1559 blocks average the
 * target over time, and the limit is reached only in bursts.
 */
public final class EthereumThroughput {

    /** A slot's length. Source: consensus-specs phase0, {@code SECONDS_PER_SLOT = 12} (every slot with a block assumed). */
    public static final long SLOT_SECONDS = SpecConstants.SECONDS_PER_SLOT;
    /** A plain ether transfer. Source: Yellow Paper, Appendix G, {@code G_transaction = 21000}. */
    public static final Gas TRANSFER_GAS = Gas.TRANSACTION;
    /** An assumed typical swap through a Uniswap-style router (typical swaps use 100,000 to 180,000 gas). */
    public static final Gas SWAP_GAS = GasMix.SWAP_GAS;

    private EthereumThroughput() {
    }

    /** Transactions per second when blocks carry {@code gasPerBlock} of transactions of {@code gasPerTx}. */
    public static double tps(Gas gasPerBlock, Gas gasPerTx) {
        return Throughput.tps(gasPerBlock.value(), gasPerTx.value(), SLOT_SECONDS);
    }
}
