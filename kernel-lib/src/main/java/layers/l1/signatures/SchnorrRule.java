package layers.l1.signatures;

import layers.core.Rule;

/** The failures of BIP-340's Verify(pk, m, sig), in the order the BIP checks them (BIP-340, Verification). */
public enum SchnorrRule implements Rule {
    PUBLIC_KEY_NOT_ON_CURVE("lift_x(int(pk)) fails: pk is not the X coordinate of a point on secp256k1"),
    R_NOT_BELOW_P("r = int(sig[0:32]) is not below the field size p"),
    S_NOT_BELOW_N("s = int(sig[32:64]) is not below the curve order n"),
    R_IS_INFINITE("R = s*G - e*P is the point at infinity"),
    R_HAS_ODD_Y("R = s*G - e*P has an odd Y coordinate"),
    R_X_MISMATCH("x(R) is not r: this key did not sign this message");

    private final String description;

    SchnorrRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
