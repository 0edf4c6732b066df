package layers.l1.ledger.account;

import layers.core.Verdict;
import layers.l1.ledger.MalformedException;
import layers.l1.signatures.Schnorr;

/**
 * Checks a transfer against the account state: signature, then nonce, then balance. Source: Ethereum Yellow Paper,
 * section 6.2 (validity of a transaction before execution).
 */
public final class AccountValidator {

    private AccountValidator() {
    }

    /** Whether {@code transfer} may be applied to {@code state}. */
    public static Verdict validate(Transfer transfer, AccountState state) {
        return checkSignature(transfer)
                .orElse(() -> checkNonce(transfer, state))
                .orElse(() -> checkBalance(transfer, state));
    }

    /** Whether these bytes are a transfer that may be applied to {@code state}. */
    public static Verdict validate(byte[] rawTransfer, AccountState state) {
        Transfer transfer;
        try {
            transfer = Transfer.parse(rawTransfer);
        } catch (MalformedException e) {
            return Verdict.rejected(AccountRule.MALFORMED, e.getMessage());
        }
        return validate(transfer, state);
    }

    /** The signature verifies, under the sender's key, for the transfer's signing hash. */
    static Verdict checkSignature(Transfer transfer) {
        Verdict check = Schnorr.verify(transfer.from(), transfer.body().signingHash().bytes(), transfer.signature());
        return check.isValid() ? check : Verdict.rejected(AccountRule.BAD_SIGNATURE,
                "transfer from " + transfer.from().toHex() + ": " + check);
    }

    /** The nonce equals the sender's: go-ethereum's {@code ErrNonceTooLow} (a replay) and {@code ErrNonceTooHigh}. */
    static Verdict checkNonce(Transfer transfer, AccountState state) {
        long expected = state.account(transfer.from()).nonce();
        if (transfer.nonce() < expected) {
            return Verdict.rejected(AccountRule.BAD_NONCE, "nonce " + transfer.nonce() + " is too low: the sender "
                    + "has sent " + expected + " transfers, so this one was already applied (a replay)");
        }
        if (transfer.nonce() > expected) {
            return Verdict.rejected(AccountRule.BAD_NONCE, "nonce " + transfer.nonce() + " is too high: the sender's "
                    + "next nonce is " + expected + " (a gap)");
        }
        return Verdict.valid();
    }

    /** The sender holds the amount: go-ethereum's {@code ErrInsufficientFunds}. */
    static Verdict checkBalance(Transfer transfer, AccountState state) {
        Account sender = state.account(transfer.from());
        return sender.balance().compareTo(transfer.amount()) < 0
                ? Verdict.rejected(AccountRule.INSUFFICIENT_BALANCE, "the sender has " + sender.balance()
                        + ", the transfer moves " + transfer.amount())
                : Verdict.valid();
    }
}
