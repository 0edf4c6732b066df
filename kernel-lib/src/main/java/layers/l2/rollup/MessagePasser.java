package layers.l2.rollup;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Keccak256;
import layers.l1.execution.Action;
import layers.l1.execution.StateKey;
import layers.l1.execution.StateKey.Field;
import layers.l1.execution.Tx;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The L2-to-L1 message passer's storage, kept in L2 state: an ether transfer to {@link RollupAddresses#MESSAGE_PASSER}
 * stores {@code sentMessages[withdrawalHash] = 1} and counts up {@code msgNonce}, as OP Stack's
 * {@code L2ToL1MessagePasser.initiateWithdrawal} does. Because the entry is in the state, the state root in an output
 * root commits to every withdrawal: a made-up withdrawal is a wrong state root, which a fault proof can dispute, and
 * the L1 bridge proves a withdrawal by a proof of this entry against the state root.
 */
public final class MessagePasser {

    /** {@code msgNonce}: the number of withdrawals so far, the next one's index (the message passer's nonce field). */
    public static final StateKey MESSAGE_NONCE = StateKey.of(RollupAddresses.MESSAGE_PASSER, Field.NONCE);

    private MessagePasser() {
    }

    /** Whether {@code tx} starts a withdrawal if it succeeds: an ether transfer of more than 0 to the message passer. */
    public static boolean isWithdrawal(Tx tx) {
        return tx.action() instanceof Action.Transfer t && t.to().equals(RollupAddresses.MESSAGE_PASSER)
                && !t.value().isZero();
    }

    /**
     * {@code keccak256(nonce ‖ sender ‖ value)}, nonce and value as 32 big-endian bytes: this model's
     * {@code Hashing.hashWithdrawal} (OP Stack hashes nonce, sender, target, value, gas limit and data; a withdrawal
     * here has no target, gas limit or data: the ether goes to the sender's L1 account).
     */
    public static Hash withdrawalHash(long nonce, EthereumAddress sender, Wei value) {
        return Keccak256.hash(ByteBuffer.allocate(32 + EthereumAddress.LENGTH + 32)
                .put(Uint256.bytes(BigInteger.valueOf(nonce))).put(sender.bytes()).put(Uint256.bytes(value.value()))
                .array());
    }

    /** Where {@code sentMessages[hash]} is stored: the message passer's {@link Field#SENT_MESSAGE} for the hash. */
    public static StateKey sentMessageKey(Hash withdrawalHash) {
        byte[] first = Arrays.copyOf(withdrawalHash.bytes(), EthereumAddress.LENGTH);
        return StateKey.sentMessage(RollupAddresses.MESSAGE_PASSER, EthereumAddress.of(first));
    }

    /** The entries a withdrawal touches besides the transfer's: {@link #MESSAGE_NONCE} and its sent-message entry. */
    public static List<StateKey> accessList(Tx tx, Function<StateKey, BigInteger> read) {
        long nonce = read.apply(MESSAGE_NONCE).longValueExact();
        return List.of(MESSAGE_NONCE, sentMessageKey(withdrawalHash(nonce, tx.from(), tx.value())));
    }

    /**
     * What withdrawal {@code tx}, having succeeded, writes: {@code sentMessages[hash] = 1} and {@code msgNonce + 1},
     * reading the nonce through {@code read}.
     *
     * @throws IllegalArgumentException if {@code tx} is not a withdrawal
     */
    public static Map<StateKey, BigInteger> initiateWithdrawal(Tx tx, Function<StateKey, BigInteger> read) {
        if (!isWithdrawal(tx)) {
            throw new IllegalArgumentException("not a withdrawal: " + tx.action() + " from " + tx.from().toHex());
        }
        BigInteger nonce = read.apply(MESSAGE_NONCE);
        Map<StateKey, BigInteger> writes = new LinkedHashMap<>();
        writes.put(sentMessageKey(withdrawalHash(nonce.longValueExact(), tx.from(), tx.value())), BigInteger.ONE);
        writes.put(MESSAGE_NONCE, nonce.add(BigInteger.ONE));
        return writes;
    }
}
