package layers.l2.bridge;

import layers.core.Verdict;
import layers.l1.keys.PrivateKey;
import layers.l2.quorum.Quorum;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * What an attacker holding some of a multisig bridge's keys can take: it signs a release of everything locked to
 * itself, under a withdrawal id no honest burn uses. With fewer than m keys the bridge refuses; with m it pays it
 * all, since nothing else is checked. Ronin's bridge needed 5 of its 9 validators' signatures; the attacker controlled
 * 5 keys and withdrew 173,600 ETH and 25.5M USDC from it in two transactions (Ronin Network, "Community Alert: Ronin
 * Validators Compromised", 29 March 2022).
 */
public final class KeyCompromise {

    /** The withdrawal id the forged order uses: far above any honest burn's. */
    public static final long FORGED_WITHDRAWAL_ID = Long.MAX_VALUE;

    private KeyCompromise() {
    }

    /**
     * @param keys      keys the attacker holds
     * @param threshold m
     * @param stolen    what the bridge paid the attacker
     * @param verdict   the bridge's verdict on the forged release
     */
    public record Theft(int keys, int threshold, long stolen, Verdict verdict) {
    }

    /** The attacker signs a release of all that {@code bridge} holds to {@code attacker} with {@code stolenKeys}. */
    public static Theft drain(MultisigBridge bridge, List<PrivateKey> stolenKeys, String attacker) {
        long before = bridge.releasedTo(attacker);
        long all = bridge.locked();
        ReleaseOrder forged = new ReleaseOrder(FORGED_WITHDRAWAL_ID, attacker, Math.max(all, 1));
        Verdict v = bridge.release(forged, Quorum.signAll(stolenKeys, MultisigBridge.TAG, forged.toBytes()));
        return new Theft(stolenKeys.size(), bridge.signers().threshold(), bridge.releasedTo(attacker) - before, v);
    }

    /**
     * For c = 0..n compromised keys of an m-of-n bridge holding {@code locked}: a fresh bridge (keys from
     * {@code seed}), the attack with the first c keys, and what it took. Columns {@code compromisedKeys},
     * {@code stolen}, {@code verdict}.
     */
    public static Table stolenByKeys(int n, int m, long locked, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<PrivateKey> keys = IntStream.range(0, n).mapToObj(i -> PrivateKey.random(rng)).toList();
        IntColumn c = IntColumn.create("compromisedKeys");
        LongColumn stolen = LongColumn.create("stolen");
        StringColumn verdict = StringColumn.create("verdict");
        for (int k = 0; k <= n; k++) {
            MultisigBridge bridge = new MultisigBridge(Quorum.ofKeys(keys, m));
            bridge.lock("depositors", "sidechain users", locked);
            Theft t = drain(bridge, keys.subList(0, k), "attacker");
            c.append(k);
            stolen.append(t.stolen());
            verdict.append(t.verdict().isValid() ? "released" : t.verdict().rule().orElseThrow().name());
        }
        return Table.create(m + "-of-" + n + " bridge holding " + locked, c, stolen, verdict);
    }
}
