package layers.l1.signatures;

import layers.core.Rule;

/** The ways an ECDSA signature can fail verification (SEC 1 v2 §4.1.4, plus Bitcoin's low-S rule of BIP-146). */
public enum EcdsaRule implements Rule {
    R_OUT_OF_RANGE("r is not in 1..n-1"),
    S_OUT_OF_RANGE("s is not in 1..n-1"),
    HIGH_S("s is above n/2, which BIP-146's LOW_S rule forbids (n - s would be the same signature)"),
    R_IS_INFINITE("u1*G + u2*Q is the point at infinity"),
    EQUATION_FAILS("x(u1*G + u2*Q) mod n is not r: this key did not sign this hash");

    private final String description;

    EcdsaRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
