package layers.l2.compare;

/** Where a system's safety comes from: its own consensus, or Layer 1 through some proof or penalty. */
public enum SecuritySource {
    /** Its own proof-of-work miners (Bitcoin). */
    OWN_PROOF_OF_WORK("its own proof-of-work miners", false),
    /** Its own proof-of-stake validators (Ethereum since the Merge). */
    OWN_PROOF_OF_STAKE("its own proof-of-stake validators", false),
    /** L1, through fraud proofs that one honest watcher must submit within the challenge window. */
    L1_FRAUD_PROOFS("L1, through fraud proofs within the challenge window", true),
    /** L1, through validity proofs checked by the L1 contract. */
    L1_VALIDITY_PROOFS("L1, through validity proofs", true),
    /** L1 for state transitions (validity proofs), a data committee for data availability. */
    L1_PROOFS_AND_DA_COMMITTEE("L1 validity proofs, plus a data-availability committee", true),
    /** Its own validator set; the bridge to L1 is a multisig of those validators. */
    OWN_VALIDATORS_AND_MULTISIG("its own validators and a multisig bridge", false),
    /** L1, through penalty transactions a channel party (or its watchtower) broadcasts within the delay. */
    L1_PENALTY_TRANSACTIONS("L1, through penalty transactions within the dispute delay", true);

    private final String phrase;
    private final boolean fromL1;

    SecuritySource(String phrase, boolean fromL1) {
        this.phrase = phrase;
        this.fromL1 = fromL1;
    }

    /** A short phrase for a table cell. */
    public String phrase() {
        return phrase;
    }

    /** Whether a correct L1 is what keeps funds safe (as opposed to a consensus or key set of the system's own). */
    public boolean fromL1() {
        return fromL1;
    }
}
