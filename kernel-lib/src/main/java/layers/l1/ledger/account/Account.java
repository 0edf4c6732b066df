package layers.l1.ledger.account;

import layers.l1.ledger.Amount;

import java.util.Objects;

/**
 * An account of the account model: a balance and a nonce, the number of transfers it has sent. The next transfer
 * it sends must carry exactly this nonce. Source: Ethereum Yellow Paper, section 4.1 (account state: nonce, balance).
 */
public record Account(Amount balance, long nonce) {

    /** An account nobody has paid or used: every key has one. */
    public static final Account EMPTY = new Account(Amount.ZERO, 0);

    /**
     * @throws IllegalArgumentException if {@code nonce} is negative
     */
    public Account {
        Objects.requireNonNull(balance, "balance");
        if (nonce < 0) {
            throw new IllegalArgumentException("a nonce cannot be negative: " + nonce);
        }
    }
}
