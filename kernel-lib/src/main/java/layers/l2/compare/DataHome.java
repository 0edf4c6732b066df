package layers.l2.compare;

/** Where the data needed to rebuild a system's state lives. */
public enum DataHome {
    /** In the L1's own blocks, kept by every full node. */
    OWN_BLOCKS("on-chain, in every full node's copy", true),
    /** Compressed, in L1 blobs (EIP-4844) or calldata. */
    L1_BLOBS("compressed, in L1 blobs", true),
    /** Off-chain with a data-availability committee; only its signatures reach L1. */
    DA_COMMITTEE("off-chain, with a data committee", false),
    /** On the sidechain's own nodes. */
    SIDECHAIN_NODES("on the sidechain's own nodes", false),
    /** With the two channel parties; L1 sees only the opening and the closing. */
    CHANNEL_PARTIES("with the channel's two parties", false);

    private final String phrase;
    private final boolean onL1;

    DataHome(String phrase, boolean onL1) {
        this.phrase = phrase;
        this.onL1 = onL1;
    }

    public String phrase() {
        return phrase;
    }

    /** Whether anyone can rebuild the state from L1 alone. */
    public boolean onL1() {
        return onL1;
    }
}
