package layers.l1.blobs;

/**
 * What bytes cost as transaction calldata, the way rollups posted batches before blobs: EIP-2028's prices per byte,
 * and EIP-7623's floor (from Prague) for transactions that carry much data and do little computation.
 */
public final class CalldataGas {

    /** Yellow Paper, Appendix G: G_transaction = 21000, paid by every transaction (EIP-7623 calls it the 21000 base). */
    public static final long TX_BASE_COST = 21_000;
    /** Yellow Paper, Appendix G: G_txdatazero = 4 gas per zero byte of calldata. */
    public static final long TX_DATA_ZERO_GAS = 4;
    /** EIP-2028: G_txdatanonzero lowered from 68 to 16 gas per non-zero byte of calldata (Istanbul). */
    public static final long TX_DATA_NON_ZERO_GAS = 16;
    /** EIP-7623: STANDARD_TOKEN_COST = 4. */
    public static final long STANDARD_TOKEN_COST = 4;
    /** EIP-7623: TOTAL_COST_FLOOR_PER_TOKEN = 10: 10 gas per zero byte, 40 per non-zero byte. */
    public static final long TOTAL_COST_FLOOR_PER_TOKEN = 10;

    private CalldataGas() {
    }

    public static long zeroBytes(byte[] data) {
        long zeros = 0;
        for (byte b : data) {
            if (b == 0) {
                zeros++;
            }
        }
        return zeros;
    }

    /** EIP-2028: 4 gas per zero byte, 16 per non-zero byte. */
    public static long dataGas(byte[] data) {
        long zeros = zeroBytes(data);
        return zeros * TX_DATA_ZERO_GAS + (data.length - zeros) * TX_DATA_NON_ZERO_GAS;
    }

    /** EIP-7623: {@code tokens_in_calldata = zero_bytes_in_calldata + nonzero_bytes_in_calldata * 4}. */
    public static long tokensInCalldata(byte[] data) {
        long zeros = zeroBytes(data);
        return zeros + (data.length - zeros) * 4;
    }

    /** Gas used by a transaction with this calldata before Prague: 21000 + EIP-2028's data gas + its execution. */
    public static long gasUsedEip2028(byte[] data, long executionGasUsed) {
        requireExecution(executionGasUsed);
        return Math.addExact(TX_BASE_COST + dataGas(data), executionGasUsed);
    }

    /**
     * EIP-7623's gas used: {@code 21000 + max(STANDARD_TOKEN_COST * tokens + execution_gas_used,
     * TOTAL_COST_FLOOR_PER_TOKEN * tokens)} (a call; no contract creation).
     */
    public static long gasUsedEip7623(byte[] data, long executionGasUsed) {
        requireExecution(executionGasUsed);
        long tokens = tokensInCalldata(data);
        return TX_BASE_COST + Math.max(Math.addExact(STANDARD_TOKEN_COST * tokens, executionGasUsed),
                TOTAL_COST_FLOOR_PER_TOKEN * tokens);
    }

    private static void requireExecution(long executionGasUsed) {
        if (executionGasUsed < 0) {
            throw new IllegalArgumentException("execution gas used is 0 or more, not " + executionGasUsed);
        }
    }
}
