package layers.l2.lightning;

import layers.l2.channels.Bolt3Fees;

/**
 * What a channel costs on L1, and a plain payment for comparison, in virtual bytes (BIP 141: weight / 4), computed
 * from Bitcoin's serialization as BOLT 3 Appendix A computes its weights: non-witness bytes weigh 4, witness bytes 1.
 */
public final class OnChainCosts {

    /** version 4 + input count 1 + output count 1 + lock_time 4 bytes, ×4, + segwit marker and flag 2: 42 wu. */
    static final long TX_OVERHEAD_WEIGHT = 4L * (4 + 1 + 1 + 4) + 2;
    /** A P2WPKH input: outpoint 36 + script length 1 + sequence 4 (×4) + witness count 1, signature 1 + 72, key 1 + 33: 272 wu. */
    static final long P2WPKH_INPUT_WEIGHT = 4L * (36 + 1 + 4) + (1 + 1 + 72 + 1 + 33);
    /** A P2WPKH output: value 8 + length 1 + script 22 bytes: 124 wu. */
    static final long P2WPKH_OUTPUT_WEIGHT = 4L * (8 + 1 + 22);
    /** A P2WSH output (the funding output): value 8 + length 1 + script 34 bytes: 172 wu. */
    static final long P2WSH_OUTPUT_WEIGHT = 4L * (8 + 1 + 34);

    private OnChainCosts() {
    }

    /** A simple payment: one P2WPKH input, a P2WPKH payment and change output: 141 vbytes. */
    public static long paymentVbytes() {
        return Bolt3Fees.vsize(TX_OVERHEAD_WEIGHT + P2WPKH_INPUT_WEIGHT + 2 * P2WPKH_OUTPUT_WEIGHT);
    }

    /** Opening a channel: one P2WPKH input, the P2WSH funding output and change: 153 vbytes. */
    public static long fundingVbytes() {
        return Bolt3Fees.vsize(TX_OVERHEAD_WEIGHT + P2WPKH_INPUT_WEIGHT + P2WSH_OUTPUT_WEIGHT + P2WPKH_OUTPUT_WEIGHT);
    }

    /** Closing it cooperatively ({@link Bolt3Fees#closingWeight()}): 169 vbytes. */
    public static long closingVbytes() {
        return Bolt3Fees.vsize(Bolt3Fees.closingWeight());
    }

    /** Closing it unilaterally: the commitment (BOLT 3, no HTLCs) and the sweep of the delayed output: 181 + 121 vbytes. */
    public static long unilateralCloseVbytes() {
        long sweep = TX_OVERHEAD_WEIGHT + 4L * (36 + 1 + 4) + (1 + 1 + 72 + 1 + 1 + ToLocalScriptSize.BYTES)
                + P2WPKH_OUTPUT_WEIGHT;
        return Bolt3Fees.vsize(Bolt3Fees.commitmentWeight(0)) + Bolt3Fees.vsize(sweep);
    }

    /** On-chain bytes per payment when a channel that opens and closes cooperatively carries {@code payments}. */
    public static double amortizedVbytes(long payments) {
        if (payments < 1) {
            throw new IllegalArgumentException("a channel carries at least 1 payment to amortize over, not " + payments);
        }
        return (double) (fundingVbytes() + closingVbytes()) / payments;
    }

    /** The {@code to_local} witness script's size: OP_IF, 34-byte key push, OP_ELSE, 3-byte delay push, OP_CSV, OP_DROP, 34-byte key push, OP_ENDIF, OP_CHECKSIG. */
    static final class ToLocalScriptSize {
        static final int BYTES = 1 + 34 + 1 + 3 + 1 + 1 + 34 + 1 + 1;

        private ToLocalScriptSize() {
        }
    }
}
