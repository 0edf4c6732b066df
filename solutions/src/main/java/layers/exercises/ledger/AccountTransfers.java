package layers.exercises.ledger;

import java.util.Map;
import layers.core.Verdict;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.account.Account;
import layers.l1.ledger.account.UnsignedTransfer;

/**
 * A transfer in the account model, the way Ethereum applies a transaction's value: every account is a balance and
 * a nonce, the number of transfers it has sent.
 */
public interface AccountTransfers {

    /**
     * Applies {@code transfer} to {@code accounts} if the sender's account allows it, signatures aside. The checks, in
     * the Yellow Paper's order (section 6.2):
     * <ol>
     *   <li>{@link layers.l1.ledger.account.AccountRule#BAD_NONCE}: the transfer's nonce is not the sender's nonce
     *       (lower is a replay, higher a gap);</li>
     *   <li>{@link layers.l1.ledger.account.AccountRule#INSUFFICIENT_BALANCE}: the sender's balance is below the
     *       amount.</li>
     * </ol>
     * If both hold, the sender's balance goes down by the amount and its nonce up by one, and the recipient's balance
     * goes up by the amount. A key that is not in {@code accounts} has {@link Account#EMPTY}. A rejected transfer
     * leaves {@code accounts} exactly as it was.
     *
     * @return {@link Verdict#valid()}, or {@link Verdict#rejected} with the broken rule and a detail of your choice
     */
    Verdict apply(Map<XOnlyPublicKey, Account> accounts, UnsignedTransfer transfer);
}
