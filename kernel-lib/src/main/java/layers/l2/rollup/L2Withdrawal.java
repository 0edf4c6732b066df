package layers.l2.rollup;

import layers.l1.crypto.Hash;
import layers.l1.execution.StateKey;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Ether burnt on L2 (sent to {@link RollupAddresses#MESSAGE_PASSER}) and owed to {@code account} on L1: the
 * {@code index}-th withdrawal of the chain, made in L2 block {@code l2Block}. Its {@link #leaf()} is what the
 * withdrawals root commits to; {@link #sentMessageKey()} is the L2 state entry that records it, as OP Stack's
 * {@code L2ToL1MessagePasser} stores a hash per withdrawal.
 */
public record L2Withdrawal(long index, EthereumAddress account, Wei amount, long l2Block) {

    public static final int LEAF_LENGTH = 8 + EthereumAddress.LENGTH + 32 + 8;

    public L2Withdrawal {
        if (index < 0) {
            throw new IllegalArgumentException("a withdrawal index cannot be negative: " + index);
        }
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
    }

    /** Its hash in the message passer's storage ({@link MessagePasser#withdrawalHash}): index, account, amount. */
    public Hash messageHash() {
        return MessagePasser.withdrawalHash(index, account, amount);
    }

    /** The L2 state entry that records it, {@code sentMessages[messageHash] = 1}. */
    public StateKey sentMessageKey() {
        return MessagePasser.sentMessageKey(messageHash());
    }

    /** index (8 bytes), account (20), amount (32), L2 block (8), big-endian. */
    public byte[] leaf() {
        return ByteBuffer.allocate(LEAF_LENGTH).putLong(index).put(account.bytes()).put(Uint256.bytes(amount.value()))
                .putLong(l2Block).array();
    }
}
