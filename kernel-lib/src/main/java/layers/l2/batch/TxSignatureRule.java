package layers.l2.batch;

import layers.core.Rule;

/** The ways a transaction's signature can fail to prove its sender (Yellow Paper, Appendix F, ECDSARECOVER). */
public enum TxSignatureRule implements Rule {
    R_OUT_OF_RANGE("r is not in 1..n-1"),
    S_OUT_OF_RANGE("s is not in 1..n/2 (EIP-2 rejects the high s of a malleated signature)"),
    NO_POINT_FOR_R("no curve point has x = r: no key can be recovered"),
    WRONG_SENDER("the key recovered from the signature is not the transaction's sender");

    private final String description;

    TxSignatureRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
