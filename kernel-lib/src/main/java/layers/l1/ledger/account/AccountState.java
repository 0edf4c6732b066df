package layers.l1.ledger.account;

import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.Amount;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of the account model: every account's balance and nonce, keyed by the owner's x-only key (Ethereum keys
 * accounts by a 20-byte address derived from the key). Mutable. Unlike a UTXO set, it keeps no trace of spent
 * money; what stops a transfer from being applied twice is the nonce.
 *
 * <p>{@link #apply} expects a transfer that {@link AccountValidator} accepted; it checks the nonce and balance again
 * (not the signature) and throws if they are wrong.
 */
public final class AccountState {

    private final Map<XOnlyPublicKey, Account> accounts = new LinkedHashMap<>();

    /** A state where each key holds its allocation, as in a genesis block's allocation list. */
    public static AccountState genesis(Map<XOnlyPublicKey, Amount> allocations) {
        AccountState state = new AccountState();
        allocations.forEach(state::credit);
        return state;
    }

    /** The account of {@code owner}, {@link Account#EMPTY} if nothing has happened to it. */
    public Account account(XOnlyPublicKey owner) {
        return accounts.getOrDefault(owner, Account.EMPTY);
    }

    /** New money for {@code owner}: a genesis allocation or a block reward. */
    public void credit(XOnlyPublicKey owner, Amount amount) {
        Account a = account(owner);
        accounts.put(owner, new Account(a.balance().plus(amount), a.nonce()));
    }

    /**
     * Moves the amount and advances the sender's nonce.
     *
     * @throws IllegalStateException if the nonce is not the sender's next or the balance is short (the transfer was
     *                               not validated first)
     */
    public void apply(Transfer transfer) {
        Account sender = account(transfer.from());
        if (transfer.nonce() != sender.nonce() || sender.balance().compareTo(transfer.amount()) < 0) {
            throw new IllegalStateException("cannot apply " + transfer + " to an account with " + sender.balance()
                    + " and nonce " + sender.nonce() + "; validate transfers before applying them");
        }
        accounts.put(transfer.from(), new Account(sender.balance().minus(transfer.amount()), sender.nonce() + 1));
        Account recipient = account(transfer.to());
        accounts.put(transfer.to(), new Account(recipient.balance().plus(transfer.amount()), recipient.nonce()));
    }

    /** The sum of all balances. */
    public Amount totalSupply() {
        Amount sum = Amount.ZERO;
        for (Account a : accounts.values()) {
            sum = sum.plus(a.balance());
        }
        return sum;
    }

    /** Every account that has been paid or used, in order of first appearance. */
    public Map<XOnlyPublicKey, Account> accounts() {
        return Collections.unmodifiableMap(accounts);
    }

    /** An independent copy. */
    public AccountState copy() {
        AccountState copy = new AccountState();
        copy.accounts.putAll(accounts);
        return copy;
    }

    @Override
    public String toString() {
        return "AccountState(" + accounts.size() + " accounts, " + totalSupply() + ")";
    }
}
