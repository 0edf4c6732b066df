package layers.l2.validium;

import layers.l1.crypto.Hash;
import layers.l2.zk.rollup.ZkDataAvailability;

/**
 * What the L1 contract keeps of an accepted batch: its number, the proven state root after it, the hash of its data,
 * where the data went, and the data itself when it was posted on L1 (empty for a validium). Immutable.
 */
public record BatchRecord(int number, Hash stateRoot, Hash dataHash, ZkDataAvailability mode, byte[] postedData) {

    public BatchRecord {
        postedData = postedData.clone();
    }

    @Override
    public byte[] postedData() {
        return postedData.clone();
    }
}
