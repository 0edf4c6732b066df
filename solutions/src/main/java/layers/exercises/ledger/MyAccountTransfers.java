package layers.exercises.ledger;

import java.util.Map;
import layers.core.Verdict;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.account.Account;
import layers.l1.ledger.account.AccountRule;
import layers.l1.ledger.account.UnsignedTransfer;

/**
 * Exercise {@code ledger.account-transfer}: apply a transfer to the accounts, with the nonce and balance checks.
 * Write {@link #apply}, then grade it: {@code ./course grade ledger.account-transfer}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Read the sender's account with {@code accounts.getOrDefault(transfer.from(), Account.EMPTY)}, and check
 *       its nonce before its balance; return {@code Verdict.rejected(AccountRule.BAD_NONCE, "...")} and change
 *       nothing when a check fails.</li>
 *   <li>Accounts are immutable records: put a new one, {@code new Account(balance, nonce)}, in the map.
 *       {@code Amount} has {@code minus}, {@code plus} and {@code compareTo}.</li>
 *   <li>Write the sender's new account first, and only then read the recipient's. Otherwise a transfer to yourself
 *       reads your old balance twice and creates money.</li>
 * </ol>
 */
public class MyAccountTransfers implements AccountTransfers {

    @Override
    public Verdict apply(Map<XOnlyPublicKey, Account> accounts, UnsignedTransfer transfer) {
        // BEGIN SOLUTION ledger.account-transfer
        Account sender = accounts.getOrDefault(transfer.from(), Account.EMPTY);
        if (transfer.nonce() != sender.nonce()) {
            return Verdict.rejected(AccountRule.BAD_NONCE, "nonce " + transfer.nonce() + ", the sender's next is "
                    + sender.nonce());
        }
        if (sender.balance().compareTo(transfer.amount()) < 0) {
            return Verdict.rejected(AccountRule.INSUFFICIENT_BALANCE, "the sender has " + sender.balance()
                    + ", the transfer moves " + transfer.amount());
        }
        accounts.put(transfer.from(), new Account(sender.balance().minus(transfer.amount()), sender.nonce() + 1));
        Account recipient = accounts.getOrDefault(transfer.to(), Account.EMPTY);
        accounts.put(transfer.to(), new Account(recipient.balance().plus(transfer.amount()), recipient.nonce()));
        return Verdict.valid();
        // END SOLUTION
    }
}
