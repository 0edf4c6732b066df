package layers.l1.settlement;

import layers.core.Verdict;
import layers.l1.block.BlockHeader;
import layers.l1.block.BlockRule;
import layers.l1.block.ChainParams;
import layers.l1.block.CompactTarget;
import layers.l1.crypto.Hash;
import layers.l1.merkle.BitcoinMerkleTree;
import layers.l1.merkle.MerkleProof;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A light client, as the Bitcoin whitepaper's section 8 ("Simplified Payment Verification") describes it: it keeps
 * only the 80-byte headers, checking of each its proof of work, the target the chain requires and its link to the
 * one before, and accepts that a transaction is in a block when given a Merkle proof to that header's root.
 *
 * <p>What it cannot check: anything inside a block. A header says nothing of whether the block's transactions are
 * validly signed, spend unspent outputs, or pay the miner more than allowed, nor whether they were published at all;
 * the client trusts that the chain with the most work would not contain an invalid block, so it is only as safe as
 * an honest majority of hash power (see {@link Guarantees}). Not thread-safe.
 */
public final class LightClient {

    private final ChainParams params;
    private final List<BlockHeader> headers = new ArrayList<>();
    private final Map<Hash, Integer> heights = new HashMap<>();

    public LightClient(ChainParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    /** A client for {@link ChainParams#easy()}. */
    public static LightClient easy() {
        return new LightClient(ChainParams.easy());
    }

    /**
     * Accepts {@code header} as the next one if its hash meets its target ({@code high-hash}), it names the tip
     * ({@code prev-blk-not-found}) and its target is the one the chain requires ({@code bad-diffbits}): the checks a
     * header alone allows, in {@link layers.l1.block.ChainValidator}'s order.
     */
    public Verdict acceptHeader(BlockHeader header) {
        int height = headers.size();
        CompactTarget required = params.workRequired().nextWorkRequired(headers);
        Hash tip = headers.isEmpty() ? Hash.ZERO : headers.get(height - 1).hash();
        if (!header.meetsTarget()) {
            return Verdict.rejected(BlockRule.HIGH_HASH, "header " + height + ": hash " + header.hash().toDisplayHex()
                    + " is above the target of bits " + header.bits());
        }
        if (!header.previousHash().equals(tip)) {
            return Verdict.rejected(BlockRule.PREVIOUS_HASH_MISMATCH, "header " + height + " names "
                    + header.previousHash().toDisplayHex() + ", the tip is " + tip.toDisplayHex());
        }
        if (!header.bits().equals(required)) {
            return Verdict.rejected(BlockRule.BAD_DIFFICULTY_BITS, "header " + height + ": bits " + header.bits()
                    + ", required " + required);
        }
        headers.add(header);
        heights.put(header.hash(), height);
        return Verdict.valid();
    }

    /** Accepts the headers in order, stopping at the first rejected. */
    public Verdict acceptHeaders(List<BlockHeader> next) {
        for (BlockHeader h : next) {
            Verdict v = acceptHeader(h);
            if (!v.isValid()) {
                return v;
            }
        }
        return Verdict.valid();
    }

    /**
     * Whether {@code proof} shows that {@code txid} is in the accepted block {@code blockHash}: a Bitcoin Merkle
     * proof to that header's root. All it shows is inclusion, not that the transaction is valid.
     */
    public Verdict verifyInclusion(Hash txid, MerkleProof proof, Hash blockHash) {
        Integer height = heights.get(blockHash);
        if (height == null) {
            return Verdict.rejected(SettlementRule.UNKNOWN_BLOCK, "no accepted header has hash "
                    + blockHash.toDisplayHex());
        }
        return BitcoinMerkleTree.verify(txid, proof, headers.get(height).merkleRoot());
    }

    /**
     * Whether {@code txid} is paid in the accepted block {@code blockHash} with at least {@code minConfirmations}
     * confirmations: the inclusion proof first ({@link #verifyInclusion}), then the depth
     * ({@link SettlementRule#TOO_FEW_CONFIRMATIONS}). What a light wallet checks before it shows a payment as
     * received (Bitcoin whitepaper, section 8: "he can see that a network node has accepted it, and blocks added
     * after it further confirm the network has accepted it").
     */
    public Verdict verifyPayment(Hash txid, MerkleProof proof, Hash blockHash, int minConfirmations) {
        if (minConfirmations < 1) {
            throw new IllegalArgumentException("a payment needs at least 1 confirmation (its own block), not "
                    + minConfirmations);
        }
        Verdict included = verifyInclusion(txid, proof, blockHash);
        if (!included.isValid()) {
            return included;
        }
        int depth = confirmations(blockHash);
        if (depth < minConfirmations) {
            return Verdict.rejected(SettlementRule.TOO_FEW_CONFIRMATIONS, "block " + blockHash.toDisplayHex()
                    + " has " + depth + " confirmations, " + minConfirmations + " required");
        }
        return Verdict.valid();
    }

    /** Blocks on top of {@code blockHash}, itself included (1 for the tip); 0 if the client does not have it. */
    public int confirmations(Hash blockHash) {
        Integer height = heights.get(blockHash);
        return height == null ? 0 : headers.size() - height;
    }

    /** The height of the tip header; -1 before genesis. */
    public int height() {
        return headers.size() - 1;
    }

    /** What the client stores: 80 bytes per header. */
    public long storageBytes() {
        return (long) headers.size() * BlockHeader.SIZE;
    }
}
