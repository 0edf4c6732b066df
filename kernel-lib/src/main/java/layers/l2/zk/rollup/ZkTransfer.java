package layers.l2.zk.rollup;

import java.nio.ByteBuffer;

/**
 * A transfer on the ZK rollup: {@code amount} from account {@code from} to account {@code to}, carrying the sender's
 * nonce (which makes each transfer count once). Account 0 is the bridge: a transfer to it is a withdrawal to L1.
 * Encoded in {@link #BYTES} bytes as posted to L1: from (1), to (1), amount (4, big-endian), nonce (4), so the data
 * itself bounds the amount below 2^32.
 */
public record ZkTransfer(int from, int to, long amount, long nonce) {

    public static final int BYTES = 10;
    /** The bridge account: transfers to it are withdrawals. */
    public static final int BRIDGE = 0;
    /** Amounts and nonces are unsigned 32-bit numbers. */
    public static final long MAX_U32 = 0xFFFF_FFFFL;

    /**
     * @throws IllegalArgumentException for an account outside 0..255 or an amount or nonce outside 0..2^32 − 1
     */
    public ZkTransfer {
        if (from < 0 || from > 255 || to < 0 || to > 255) {
            throw new IllegalArgumentException("accounts are numbered 0..255, not from " + from + " to " + to);
        }
        if (amount < 0 || amount > MAX_U32 || nonce < 0 || nonce > MAX_U32) {
            throw new IllegalArgumentException("amount and nonce are unsigned 32-bit numbers, not amount " + amount
                    + ", nonce " + nonce);
        }
    }

    public boolean isWithdrawal() {
        return to == BRIDGE;
    }

    public byte[] toBytes() {
        return ByteBuffer.allocate(BYTES).put((byte) from).put((byte) to).putInt((int) amount).putInt((int) nonce)
                .array();
    }

    /**
     * @throws IllegalArgumentException if fewer than 10 bytes remain at {@code offset}
     */
    public static ZkTransfer fromBytes(byte[] data, int offset) {
        if (offset < 0 || offset + BYTES > data.length) {
            throw new IllegalArgumentException("a transfer needs 10 bytes at offset " + offset + ", the data has "
                    + data.length);
        }
        ByteBuffer b = ByteBuffer.wrap(data, offset, BYTES);
        return new ZkTransfer(b.get() & 0xFF, b.get() & 0xFF, b.getInt() & MAX_U32, b.getInt() & MAX_U32);
    }
}
