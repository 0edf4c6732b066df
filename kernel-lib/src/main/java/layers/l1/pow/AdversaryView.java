package layers.l1.pow;

import layers.l1.network.SimTime;

/** What an {@link Adversary} may see and do during a simulation. */
public interface AdversaryView {

    /** Every block mined so far, withheld ones included. */
    BlockTree tree();

    /** The simulated time now. */
    SimTime now();

    /** The tip of {@code node}'s heaviest chain, as far as it has heard. */
    int tipOf(int node);

    /** Whether {@code block} has been sent into the network. */
    boolean isPublished(int block);

    /** Sends {@code block} from the adversary's node into the network now; its ancestors should be published first. */
    void publish(int block);
}
