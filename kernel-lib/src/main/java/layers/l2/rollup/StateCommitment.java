package layers.l2.rollup;

import layers.l1.crypto.Hash;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;

import java.util.Objects;

/**
 * A claim posted to the L1 inbox: "after L2 block {@code l2Block} the output root is {@code outputRoot}" (see
 * {@link OutputRoot}), by {@code proposer}, in L1 block {@code l1Block} at {@code postedAt}. Withdrawals are proven
 * against it once it is final under the rollup's {@link FinalizationPolicy}.
 */
public record StateCommitment(int index, long l2Block, Hash outputRoot, EthereumAddress proposer, long l1Block,
                              SimTime postedAt) {

    public StateCommitment {
        Objects.requireNonNull(outputRoot, "outputRoot");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(postedAt, "postedAt");
    }
}
