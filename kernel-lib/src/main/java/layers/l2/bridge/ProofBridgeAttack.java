package layers.l2.bridge;

import layers.core.Verdict;
import layers.l2.zk.rollup.ZkBatchSubmission;
import layers.l2.zk.rollup.ZkDataAvailability;
import layers.l2.zk.rollup.ZkPayout;
import layers.l2.zk.rollup.ZkRollupContract;
import layers.l2.zk.rollup.ZkRollupOperator;
import layers.l2.zk.rollup.ZkRollupState;
import layers.l2.zk.rollup.ZkTransfer;
import layers.l2.zk.stark.StarkParameters;

import java.util.List;

/**
 * The same theft against a rollup's bridge (Part V's ZK rollup contract): the attacker holds the operator's key, so it
 * can submit any batch it likes, and submits one in which its own account withdraws the whole supply. The contract
 * pays a withdrawal only from a batch whose validity proof verifies, and no proof exists for a withdrawal beyond the
 * account's balance, so the batch is rejected and nothing is paid. (An optimistic rollup's bridge reaches the same
 * end through a challenge within its window; Part IV.) Part V's transfers carry no user signatures, so this shows
 * the proof enforcing balances; a production rollup checks users' signatures the same way.
 */
public final class ProofBridgeAttack {

    private ProofBridgeAttack() {
    }

    /**
     * @param stolen  what the contract paid the attacker's account
     * @param verdict the contract's verdict on the forged batch
     */
    public record Outcome(long stolen, Verdict verdict) {
    }

    /**
     * The attacker, owner of {@code attackerAccount}, forges a batch withdrawing the whole supply of {@code current}
     * and submits it to {@code contract}.
     */
    public static Outcome withdrawEverything(ZkRollupContract contract, ZkRollupState current, int attackerAccount,
                                             StarkParameters params, long nowSeconds) {
        long supply = current.totalSupply() - current.balance(ZkTransfer.BRIDGE);
        List<ZkTransfer> forged = List.of(new ZkTransfer(attackerAccount, ZkTransfer.BRIDGE, supply,
                current.nonce(attackerAccount)));
        long[] balances = new long[current.accountCount()];
        balances[ZkTransfer.BRIDGE] = current.totalSupply();
        long[] nonces = current.nonces();
        nonces[attackerAccount]++;
        ZkRollupState claimed = ZkRollupState.of(balances, nonces);
        ZkBatchSubmission s = ZkRollupOperator.forge(current, claimed, forged, ZkDataAvailability.BLOB, params);
        int before = contract.payouts().size();
        Verdict v = contract.submitBatch(s, nowSeconds);
        long paid = contract.payouts().subList(before, contract.payouts().size()).stream()
                .filter(p -> p.account() == attackerAccount).mapToLong(ZkPayout::amount).sum();
        return new Outcome(paid, v);
    }
}
