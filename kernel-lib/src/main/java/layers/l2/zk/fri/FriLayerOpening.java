package layers.l2.zk.fri;

import layers.l1.crypto.Hash;
import layers.l2.zk.field.GoldilocksExt2;

import java.util.List;
import java.util.Objects;

/** One opened leaf of one FRI layer: the pair (f(x), f(−x)) and its Merkle path (sibling hashes, bottom first). */
public record FriLayerOpening(GoldilocksExt2 value, GoldilocksExt2 negatedValue, List<Hash> path) {

    public FriLayerOpening {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(negatedValue, "negatedValue");
        path = List.copyOf(path);
    }
}
