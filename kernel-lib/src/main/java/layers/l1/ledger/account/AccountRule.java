package layers.l1.ledger.account;

import layers.core.Rule;

/**
 * The rules a transfer must keep against the account state, in the order an Ethereum node checks them: the
 * signature (which names the sender), the nonce, the balance. Source: Ethereum Yellow Paper, section 6.2; go-ethereum
 * {@code core/state_transition.go} ({@code preCheck}: nonce too low / too high; {@code buyGas}: insufficient funds).
 */
public enum AccountRule implements Rule {
    MALFORMED("the bytes do not parse as a transfer"),
    BAD_SIGNATURE("the signature does not verify against the sender's key"),
    /** Too low is a replay of a transfer already applied; too high leaves a gap that must be filled first. */
    BAD_NONCE("the nonce is not the sender's next nonce"),
    INSUFFICIENT_BALANCE("the sender's balance is below the amount");

    private final String description;

    AccountRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
