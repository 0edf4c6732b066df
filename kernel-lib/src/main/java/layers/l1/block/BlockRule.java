package layers.l1.block;

import layers.core.Rule;

/**
 * The rules a block must keep to extend a chain, with the reject reason Bitcoin Core gives for each. A transaction
 * that breaks a rule makes the block's verdict name that {@link layers.l1.ledger.utxo.TxRule} instead.
 */
public enum BlockRule implements Rule {
    /** {@code high-hash}, from {@code CheckProofOfWork} in {@code CheckBlockHeader}. */
    HIGH_HASH("the header's hash is above the target its bits encode: proof of work failed"),
    /** {@code prev-blk-not-found}, from {@code AcceptBlockHeader}; the genesis block names the zero hash. */
    PREVIOUS_HASH_MISMATCH("the header does not name the hash of the block before it"),
    /** {@code bad-diffbits}, from {@code ContextualCheckBlockHeader}. */
    BAD_DIFFICULTY_BITS("the header's bits are not the target the chain requires at this height"),
    /** {@code time-too-old}, from {@code ContextualCheckBlockHeader}. */
    TIME_TOO_OLD("the header's time is not after the median time of the previous 11 blocks"),
    /** {@code bad-blk-length}, from {@code CheckBlock}. */
    NO_TRANSACTIONS("the block has no transactions, not even a coinbase"),
    /** {@code bad-txnmrklroot}, from {@code CheckMerkleRoot} in {@code CheckBlock}. */
    MERKLE_ROOT_MISMATCH("the header's Merkle root is not the root of the block's transactions"),
    /** {@code bad-txns-duplicate}, from {@code CheckMerkleRoot}: the CVE-2012-2459 mutation. */
    DUPLICATE_TRANSACTION("the block lists the same transaction twice"),
    /** {@code bad-cb-missing}, from {@code CheckBlock}. */
    FIRST_NOT_COINBASE("the first transaction is not a coinbase"),
    /** {@code bad-cb-multiple}, from {@code CheckBlock}. */
    MULTIPLE_COINBASES("a transaction after the first is a coinbase"),
    /** {@code bad-cb-height}, from {@code ContextualCheckBlock} (BIP 34). */
    BAD_COINBASE_HEIGHT("the coinbase does not state the block's height"),
    /** {@code bad-cb-amount}, from {@code ConnectBlock}. */
    BAD_COINBASE_AMOUNT("the coinbase pays more than the block subsidy plus the fees");

    private final String description;

    BlockRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
