package layers.l1.execution;

import layers.l1.keys.EthereumAddress;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where a value lives in the execution state: an account, a field, and for fields that are keyed by a second
 * address (a token balance is per holder) that address; otherwise the zero address. Encoded as 41 bytes (account,
 * field number, other); entries are ordered by those bytes, which is the order the state root commits to.
 */
public final class StateKey implements Comparable<StateKey> {

    /** The storage layout: what each field of an account holds. */
    public enum Field {
        /** The account's transaction count. */
        NONCE,
        /** The account's ether, in wei. */
        BALANCE,
        /** What kind of contract lives at the account: {@link #TOKEN_CONTRACT} or {@link #POOL_CONTRACT}. */
        CODE,
        /** A token's owner, the only account that may mint (an address as a number). */
        TOKEN_OWNER,
        /** A token's total supply. */
        TOKEN_SUPPLY,
        /** A holder's balance of a token; the other address is the holder. */
        TOKEN_BALANCE,
        /** A pool's first token (an address as a number). */
        POOL_TOKEN0,
        /** A pool's second token. */
        POOL_TOKEN1,
        /** A pool's reserve of its first token. */
        POOL_RESERVE0,
        /** A pool's reserve of its second token. */
        POOL_RESERVE1,
        /**
         * A message a contract has sent to another chain, stored as 1 (a rollup's L2-to-L1 message passer's
         * {@code sentMessages} mapping); the other address is the first 20 bytes of the message's hash.
         */
        SENT_MESSAGE
    }

    /** {@link Field#CODE} of a token contract. */
    public static final long TOKEN_CONTRACT = 1;
    /** {@link Field#CODE} of a pool contract. */
    public static final long POOL_CONTRACT = 2;
    public static final EthereumAddress ZERO_ADDRESS = EthereumAddress.of(new byte[EthereumAddress.LENGTH]);
    public static final int LENGTH = 2 * EthereumAddress.LENGTH + 1;

    private final EthereumAddress account;
    private final Field field;
    private final EthereumAddress other;
    private final byte[] encoded;

    private StateKey(EthereumAddress account, Field field, EthereumAddress other) {
        this.account = Objects.requireNonNull(account, "account");
        this.field = Objects.requireNonNull(field, "field");
        this.other = Objects.requireNonNull(other, "other");
        this.encoded = new byte[LENGTH];
        System.arraycopy(account.bytes(), 0, encoded, 0, EthereumAddress.LENGTH);
        encoded[EthereumAddress.LENGTH] = (byte) field.ordinal();
        System.arraycopy(other.bytes(), 0, encoded, EthereumAddress.LENGTH + 1, EthereumAddress.LENGTH);
    }

    /** A field of {@code account} that is not keyed by a second address. */
    public static StateKey of(EthereumAddress account, Field field) {
        return new StateKey(account, field, ZERO_ADDRESS);
    }

    /** {@code holder}'s balance of {@code token}. */
    public static StateKey tokenBalance(EthereumAddress token, EthereumAddress holder) {
        return new StateKey(token, Field.TOKEN_BALANCE, holder);
    }

    /** {@code account}'s record of a sent message whose hash begins with the 20 bytes of {@code hashPrefix}. */
    public static StateKey sentMessage(EthereumAddress account, EthereumAddress hashPrefix) {
        return new StateKey(account, Field.SENT_MESSAGE, hashPrefix);
    }

    public EthereumAddress account() {
        return account;
    }

    public Field field() {
        return field;
    }

    public EthereumAddress other() {
        return other;
    }

    /** The 41 bytes the state root commits to. */
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public int compareTo(StateKey o) {
        return Arrays.compareUnsigned(encoded, o.encoded);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateKey k && Arrays.equals(encoded, k.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return account.toHex().substring(0, 10) + "…/" + field
                + (other.equals(ZERO_ADDRESS) ? "" : "/" + other.toHex().substring(0, 10) + "…");
    }
}
