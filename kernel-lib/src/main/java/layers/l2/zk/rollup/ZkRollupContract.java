package layers.l2.zk.rollup;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l2.zk.stark.StarkParameters;
import layers.l2.zk.stark.StarkVerifier;

import java.util.ArrayList;
import java.util.List;

/**
 * The ZK rollup's contract on L1, as a model: it holds the current state root and accepts a batch only with a valid
 * proof that the batch's transfers take that root's state to the new one. It checks, in order: the previous
 * root, the posted data against the statement, then the proof ({@link StarkVerifier}). Once the proof verifies the
 * new root is final and the batch's withdrawals are paid at once: there is no challenge window, because nothing is
 * left to challenge (the seeds: "Finality is cryptographic, not game-theoretic. Withdrawals don't require a 7-day
 * window"). Mutable: one per rollup.
 */
public final class ZkRollupContract {

    private final StarkParameters params;
    private Hash stateRoot;
    private int batchesAccepted;
    private final List<ZkPayout> payouts = new ArrayList<>();

    public ZkRollupContract(Hash genesisRoot, StarkParameters params) {
        this.stateRoot = genesisRoot;
        this.params = params;
    }

    public Hash stateRoot() {
        return stateRoot;
    }

    public int batchesAccepted() {
        return batchesAccepted;
    }

    /** Every withdrawal paid so far, in order. */
    public List<ZkPayout> payouts() {
        return List.copyOf(payouts);
    }

    /**
     * Checks and, if valid, applies a batch at L1 time {@code nowSeconds}: the new root is stored and the withdrawals
     * paid, final at once. A rejection changes nothing and names the rule.
     */
    public Verdict submitBatch(ZkBatchSubmission s, long nowSeconds) {
        if (!s.previous().root().equals(stateRoot)) {
            return Verdict.rejected(ZkRollupRule.WRONG_PREVIOUS_ROOT, "the batch starts from "
                    + s.previous().root().toHex().substring(0, 16) + "…, the contract holds "
                    + stateRoot.toHex().substring(0, 16) + "…");
        }
        ZkRollupAir air;
        int length = ZkRollupAir.traceLengthFor(s.batchSize());
        try {
            air = statement(s, length);
        } catch (IllegalArgumentException e) {
            return Verdict.rejected(ZkRollupRule.DATA_MISMATCH, e.getMessage());
        }
        if (air == null) {
            ZkBatch batch = ZkBatch.fromBytes(s.data());
            return Verdict.rejected(ZkRollupRule.DATA_MISMATCH, "the posted data holds " + batch.size()
                    + " transfers with hash " + Sha256.hash(s.data()).toHex().substring(0, 16)
                    + "…; the submission claims " + s.batchSize() + " with hash "
                    + s.dataHash().toHex().substring(0, 16) + "… and " + s.withdrawals().size() + " withdrawals");
        }
        Verdict proof = StarkVerifier.verify(air, s.proof(), params);
        if (!proof.isValid()) {
            return Verdict.rejected(ZkRollupRule.INVALID_PROOF, proof.toString());
        }
        stateRoot = s.next().root();
        batchesAccepted++;
        for (ZkWithdrawal w : s.withdrawals()) {
            payouts.add(new ZkPayout(w.account(), w.amount(), nowSeconds));
        }
        return Verdict.valid();
    }

    /**
     * The statement the proof must prove, built from what is posted on L1 only; null if the posted data disagrees
     * with the submission's claims about it.
     *
     * @throws IllegalArgumentException if the data does not parse or a withdrawal lies outside the batch
     */
    private static ZkRollupAir statement(ZkBatchSubmission s, int length) {
        ZkRollupAir air;
        if (s.mode().dataOnL1()) {
            ZkBatch batch = ZkBatch.fromBytes(s.data());
            if (batch.size() != s.batchSize() || !Sha256.hash(s.data()).equals(s.dataHash())
                    || !batch.withdrawals().equals(s.withdrawals())) {
                return null;
            }
            air = ZkRollupAir.forRollup(s.previous(), s.next(), batch, length);
        } else {
            air = ZkRollupAir.forValidium(s.previous(), s.next(), s.batchSize(), s.dataHash().bytes(),
                    s.withdrawals(), length);
        }
        return air;
    }
}
