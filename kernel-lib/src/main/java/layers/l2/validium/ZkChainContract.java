package layers.l2.validium;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.merkle.MerkleTree;
import layers.l2.da.AvailabilityAttestation;
import layers.l2.da.DaCommittee;
import layers.l2.zk.rollup.ZkBatchSubmission;
import layers.l2.zk.rollup.ZkDataAvailability;
import layers.l2.zk.rollup.ZkPayout;
import layers.l2.zk.rollup.ZkRollupContract;
import layers.l2.zk.rollup.ZkRollupState;
import layers.l2.zk.stark.StarkParameters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The L1 contract of a ZK chain that keeps its data in one place: on L1 (a rollup, calldata or blob) or with a
 * data-availability committee (a validium). The validity proof is checked exactly as Part V's
 * {@link ZkRollupContract} checks it; a validium batch must also carry k-of-n committee signatures over its data hash.
 * The contract keeps only the proven roots (and, for a rollup, the posted data): if the operator stops, the contract
 * is frozen and each user exits by proving their balance under the last root with a Merkle proof, which they can
 * only build if they can get every batch's data.
 *
 * <p>Model note: Part V's proof statement takes the states before and after a batch as public input, so its verifier
 * is handed them with the proof; this contract uses them only to check the proof and stores no more than the root. A
 * production validium proves the roots instead (the state hashing inside the proof), so the states never reach L1.
 * Mutable: one per chain.
 */
public final class ZkChainContract {

    private final ZkRollupContract verifier;
    private final ZkDataAvailability mode;
    private final DaCommittee committee;
    private final ZkRollupState genesis;
    private final List<BatchRecord> batches = new ArrayList<>();
    private final Set<Integer> exited = new HashSet<>();
    private final List<ZkPayout> exits = new ArrayList<>();
    private boolean frozen;

    private ZkChainContract(ZkRollupState genesis, StarkParameters params, ZkDataAvailability mode,
                            DaCommittee committee) {
        this.verifier = new ZkRollupContract(genesis.root(), params);
        this.genesis = genesis;
        this.mode = mode;
        this.committee = committee;
    }

    /**
     * A rollup: every batch's data posted on L1.
     *
     * @throws IllegalArgumentException if {@code mode} keeps data off-chain
     */
    public static ZkChainContract rollup(ZkRollupState genesis, StarkParameters params, ZkDataAvailability mode) {
        if (!mode.dataOnL1()) {
            throw new IllegalArgumentException("a rollup posts its data on L1 (CALLDATA or BLOB), not " + mode);
        }
        return new ZkChainContract(genesis, params, mode, null);
    }

    /** A validium: every batch's data held by {@code committee}, whose attestation L1 checks. */
    public static ZkChainContract validium(ZkRollupState genesis, StarkParameters params, DaCommittee committee) {
        return new ZkChainContract(genesis, params, ZkDataAvailability.OFF_CHAIN, committee);
    }

    /**
     * Checks a batch and, if valid, records its root: the data mode, then (validium) the committee's attestation of
     * the data hash, then Part V's checks (previous root, data, proof). Withdrawals are paid as Part V pays them.
     */
    public Verdict submitBatch(ZkBatchSubmission s, Optional<AvailabilityAttestation> attestation, long nowSeconds) {
        if (frozen) {
            return Verdict.rejected(ValidiumRule.FROZEN, "batch " + batches.size() + " arrived after the freeze");
        }
        if (s.mode() != mode) {
            return Verdict.rejected(ValidiumRule.WRONG_DATA_MODE, "the batch is " + s.mode() + ", the chain is "
                    + mode);
        }
        if (!mode.dataOnL1()) {
            if (attestation.isEmpty()) {
                return Verdict.rejected(ValidiumRule.MISSING_ATTESTATION, "batch " + batches.size()
                        + " with data hash " + s.dataHash().toHex().substring(0, 16) + "…");
            }
            Verdict a = committee.verify(attestation.get(), s.dataHash());
            if (!a.isValid()) {
                return Verdict.rejected(ValidiumRule.ATTESTATION_REJECTED, "batch " + batches.size() + ": " + a);
            }
        }
        Verdict v = verifier.submitBatch(s, nowSeconds);
        if (!v.isValid()) {
            return v;
        }
        batches.add(new BatchRecord(batches.size(), s.next().root(), s.dataHash(), mode, s.data()));
        return Verdict.valid();
    }

    /** The operator ignored the users (a forced withdrawal went unserved): from now on, exits by Merkle proof. */
    public void freeze() {
        frozen = true;
    }

    public boolean isFrozen() {
        return frozen;
    }

    /**
     * Pays {@code claim.balance()} to the account if the contract is frozen, the account is not the bridge and has
     * not exited, and the claim is a leaf under the current state root.
     */
    public Verdict exit(ExitClaim claim, long nowSeconds) {
        if (!frozen) {
            return Verdict.rejected(ValidiumRule.NOT_FROZEN, "account " + claim.account() + " asked to exit while the"
                    + " operator still serves; withdraw through a batch instead");
        }
        if (claim.account() == 0) {
            return Verdict.rejected(ValidiumRule.BRIDGE_ACCOUNT, "account 0 claims " + claim.balance());
        }
        if (exited.contains(claim.account())) {
            return Verdict.rejected(ValidiumRule.ALREADY_EXITED, "account " + claim.account());
        }
        Verdict proof = MerkleTree.verify(claim.leaf(), claim.proof(), stateRoot());
        if (!proof.isValid()) {
            return Verdict.rejected(ValidiumRule.NOT_IN_STATE, "account " + claim.account() + " with balance "
                    + claim.balance() + ", nonce " + claim.nonce() + ": " + proof);
        }
        exited.add(claim.account());
        exits.add(new ZkPayout(claim.account(), claim.balance(), nowSeconds));
        return Verdict.valid();
    }

    public Hash stateRoot() {
        return verifier.stateRoot();
    }

    public ZkDataAvailability mode() {
        return mode;
    }

    /** The committee of a validium; empty for a rollup. */
    public Optional<DaCommittee> committee() {
        return Optional.ofNullable(committee);
    }

    /** The genesis state, public from the start. */
    public ZkRollupState genesis() {
        return genesis;
    }

    public List<BatchRecord> batches() {
        return List.copyOf(batches);
    }

    /** Withdrawals paid through batches (Part V's payouts). */
    public List<ZkPayout> withdrawals() {
        return verifier.payouts();
    }

    /** Exits paid through the hatch. */
    public List<ZkPayout> exits() {
        return List.copyOf(exits);
    }
}
