package layers.l1.ledger.utxo;

import layers.core.Rule;

/**
 * The rules a transaction must keep against the UTXO set. The reject reasons of Bitcoin Core's
 * {@code CheckTransaction}, {@code Consensus::CheckTxInputs} and {@code CheckInputScripts} are given in each
 * constant's Javadoc.
 */
public enum TxRule implements Rule {
    /** The bytes do not parse (a negative amount, a key off the curve, a short field, bytes left over). */
    MALFORMED("the bytes do not parse as a transaction"),
    /** {@code bad-txns-vin-empty}. */
    NO_INPUTS("a transaction other than a coinbase spends no outputs"),
    /** {@code bad-txns-vout-empty}. */
    NO_OUTPUTS("the transaction creates no outputs"),
    /** {@code bad-txns-txouttotal-toolarge}. */
    OUTPUT_TOTAL_TOO_LARGE("the outputs add up to more than 21 million bitcoin"),
    /** {@code bad-txns-inputs-missingorspent}, when the output never existed. */
    MISSING_INPUT("an input spends an output that does not exist"),
    /** {@code bad-txns-inputs-duplicate}, or {@code bad-txns-inputs-missingorspent} when the output was spent. */
    DOUBLE_SPEND("an input spends an output that is already spent, or one this transaction spends twice"),
    /** {@code bad-txns-in-belowout}. */
    OVERSPEND("the outputs add up to more than the inputs"),
    /** A failed script check ({@code mandatory-script-verify-flag-failed}); here, a failed BIP-340 verification. */
    BAD_SIGNATURE("an input's signature does not verify against the key its output is locked to");

    private final String description;

    TxRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
