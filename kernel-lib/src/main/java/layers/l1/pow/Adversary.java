package layers.l1.pow;

/**
 * A miner that does not follow the protocol, placed at one node of a {@link PowNetworkSimulation}: it chooses where
 * its blocks go and when they are published. Every other node mines on its heaviest chain and relays at once.
 */
public interface Adversary {

    /** The node the adversary mines and listens at. */
    int node();

    /** The adversary's share of the network's total hash power, between 0 and 1. */
    double hashShare();

    /** The block the adversary's next block will extend. */
    int parentForNextBlock(AdversaryView view);

    /** The adversary has just found {@code block}; it may {@link AdversaryView#publish} it now, later or never. */
    void onMined(AdversaryView view, int block);

    /** A block from the network has reached the adversary's node. */
    void onReceived(AdversaryView view, int block);
}
