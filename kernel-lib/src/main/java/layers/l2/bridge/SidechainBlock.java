package layers.l2.bridge;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.merkle.MerkleTree;
import layers.l2.quorum.QuorumSignature;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sidechain block: height, parent hash, transactions, and its validators' signatures over the header
 * (height, parent, transaction root). Immutable.
 */
public record SidechainBlock(long height, Hash parent, List<SidechainTx> transactions,
                             List<QuorumSignature> signatures) {

    public SidechainBlock {
        Objects.requireNonNull(parent, "parent");
        transactions = List.copyOf(transactions);
        signatures = List.copyOf(signatures);
    }

    /** The Merkle root (Part I's tree) over the transactions' encodings. */
    public Hash transactionRoot() {
        List<byte[]> leaves = new ArrayList<>();
        for (SidechainTx t : transactions) {
            leaves.add(t.toBytes());
        }
        return MerkleTree.root(leaves);
    }

    /** The header bytes the validators sign: height, parent, transaction root. */
    public byte[] header() {
        return ByteBuffer.allocate(8 + 32 + 32).putLong(height).put(parent.bytes()).put(transactionRoot().bytes())
                .array();
    }

    /** The block's hash: SHA-256 of its header. */
    public Hash hash() {
        return Sha256.hash(header());
    }

    /** The same block with other signatures. */
    public SidechainBlock withSignatures(List<QuorumSignature> other) {
        return new SidechainBlock(height, parent, transactions, other);
    }

    /** The same signatures over other transactions (the header changes, so they no longer match). */
    public SidechainBlock withTransactions(List<SidechainTx> other) {
        return new SidechainBlock(height, parent, other, signatures);
    }
}
