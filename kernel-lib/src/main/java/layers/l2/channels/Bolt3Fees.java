package layers.l2.channels;

import layers.l1.ledger.Amount;

/**
 * BOLT 3's fee formula for commitment and HTLC transactions: a fee rate in satoshis per 1,000 weight units times
 * an <em>expected weight</em> computed once for the worst case (73-byte signatures, both balance outputs present).
 * The weights are computed here from BOLT 3 Appendix A's byte counts, not copied as totals, and the tests check them
 * against the totals BOLT 3 states (724, 172, 663, 703) and its worked example.
 * Source: BOLT 3, "Fee Calculation" and "Appendix A: Expected Weights" (channels without anchor outputs).
 */
public final class Bolt3Fees {

    /** BIP 141: a non-witness byte weighs 4 units, a witness byte 1. */
    public static final int WITNESS_SCALE_FACTOR = 4;

    /** BOLT 3 Appendix A: funding_input = previous_out_point 36 + script_sig length 1 + sequence 4 bytes. */
    static final int FUNDING_INPUT = 36 + 1 + 4;
    /** BOLT 3 Appendix A: output_paying_to_local = value 8 + length 1 + p2wsh 34 bytes. */
    static final int TO_LOCAL_OUTPUT = 8 + 1 + 34;
    /** BOLT 3 Appendix A: output_paying_to_remote = value 8 + length 1 + p2wpkh 22 bytes. */
    static final int TO_REMOTE_OUTPUT = 8 + 1 + 22;
    /** BOLT 3 Appendix A: htlc_output = value 8 + length 1 + p2wsh 34 bytes. */
    static final int HTLC_OUTPUT = 8 + 1 + 34;
    /** BOLT 3 Appendix A: multi_sig script {@code 2 <pk1> <pk2> 2 OP_CHECKMULTISIG} = 1 + 34 + 34 + 1 + 1 bytes. */
    static final int MULTISIG_SCRIPT = 1 + (1 + 33) + (1 + 33) + 1 + 1;
    /** BOLT 3 Appendix A: witness = count 1 + nil 1 + two (length 1 + 73-byte signature) + script length 1 + script. */
    static final int FUNDING_WITNESS = 1 + 1 + 2 * (1 + 73) + 1 + MULTISIG_SCRIPT;
    /** BIP 144: the segwit marker and flag bytes. */
    static final int WITNESS_HEADER = 2;

    private Bolt3Fees() {
    }

    /**
     * BOLT 3: "Commitment weight: 724 + 172 * num-untrimmed-htlc-outputs", from version 4, input count 1, the funding
     * input, output count 1, the two balance outputs and the HTLC outputs, lock_time 4 (times 4), plus the witness.
     */
    public static long commitmentWeight(int untrimmedHtlcOutputs) {
        if (untrimmedHtlcOutputs < 0) {
            throw new IllegalArgumentException("a number of HTLC outputs cannot be negative: " + untrimmedHtlcOutputs);
        }
        long nonWitness = 4 + 1 + FUNDING_INPUT + 1 + TO_REMOTE_OUTPUT + TO_LOCAL_OUTPUT
                + (long) HTLC_OUTPUT * untrimmedHtlcOutputs + 4;
        return WITNESS_SCALE_FACTOR * nonWitness + WITNESS_HEADER + FUNDING_WITNESS;
    }

    /**
     * BOLT 3 "Fee Calculation": the commitment's base fee, {@code feerate_per_kw * weight / 1000} rounded down; the
     * funder pays it.
     */
    public static Amount commitmentFee(long feeratePerKw, int untrimmedHtlcOutputs) {
        return fee(feeratePerKw, commitmentWeight(untrimmedHtlcOutputs));
    }

    /**
     * A cooperative closing transaction's weight, from the same Appendix A parts (BOLT 3 states no total for it): the
     * funding input with its 2-of-2 witness and two P2WPKH outputs. 676 weight units, 169 vbytes.
     */
    public static long closingWeight() {
        long nonWitness = 4 + 1 + FUNDING_INPUT + 1 + 2 * TO_REMOTE_OUTPUT + 4;
        return WITNESS_SCALE_FACTOR * nonWitness + WITNESS_HEADER + FUNDING_WITNESS;
    }

    /** BOLT 3: "HTLC-timeout weight: 663". */
    public static long htlcTimeoutWeight() {
        return 663;
    }

    /** BOLT 3: "HTLC-success weight: 703". */
    public static long htlcSuccessWeight() {
        return 703;
    }

    /** {@code feerate_per_kw * weight / 1000}, rounded down, as BOLT 3 computes every fee. */
    public static Amount fee(long feeratePerKw, long weight) {
        if (feeratePerKw < 0 || weight < 0) {
            throw new IllegalArgumentException("fee rate and weight cannot be negative: " + feeratePerKw + " sat/kw, "
                    + weight + " wu");
        }
        return Amount.sats(Math.multiplyExact(feeratePerKw, weight) / 1000);
    }

    /** BIP 141: virtual size = weight / 4, rounded up; what a fee rate in sat/vB multiplies. */
    public static long vsize(long weight) {
        return (weight + WITNESS_SCALE_FACTOR - 1) / WITNESS_SCALE_FACTOR;
    }
}
