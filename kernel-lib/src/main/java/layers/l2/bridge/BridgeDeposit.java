package layers.l2.bridge;

/** Tokens locked in the L1 bridge by {@code l1Sender}, to be minted on the sidechain to {@code recipient}. */
public record BridgeDeposit(long id, String l1Sender, String recipient, long amount) {
}
