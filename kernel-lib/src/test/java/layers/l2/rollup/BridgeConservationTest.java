package layers.l2.rollup;

import layers.l1.execution.ExecutionState;
import layers.l1.execution.Tx;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A property over random seeded histories (deposits of any size, transfers, withdrawals, censorship, downtime,
 * forced transactions, batches, commitments, claims): ether is never created or lost between L1 and L2.
 */
class BridgeConservationTest {

    private static final List<EthereumAddress> USERS = List.of(RollupKit.ALICE, RollupKit.BOB, RollupKit.CAROL,
            EthereumAddress.fromHex("0x0000000000000000000000000000000000000d0e"));
    private static final Wei START = Wei.ether(50);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void noEtherIsCreatedOrLost(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Map<EthereumAddress, Wei> l1 = new HashMap<>();
        USERS.forEach(u -> l1.put(u, START));
        RollupConfig config = RollupConfig.arbitrum().withForceInclusionDelay(SimTime.ofSeconds(600))
                .withFinalization(FinalizationPolicy.afterDelay(SimTime.ofSeconds(1800)));
        RollupInbox inbox = new RollupInbox(config, RollupKit.CODEC, ExecutionState.genesis(l1));
        RollupSequencer seq = new RollupSequencer(inbox);
        Map<EthereumAddress, Long> nonces = new HashMap<>();
        SimTime now = SimTime.ZERO;
        int claims = 0;
        for (int step = 0; step < 400; step++) {
            now = now.plus(SimTime.ofSeconds(2 + r.nextInt(60)));
            EthereumAddress u = USERS.get(r.nextInt(USERS.size()));
            int op = r.nextInt(100);
            Wei amount = Wei.of(BigInteger.valueOf(r.nextLong(1, 30)).multiply(BigInteger.TEN.pow(18)));
            if (op < 12) {
                try {
                    inbox.deposit(u, USERS.get(r.nextInt(USERS.size())), amount, now);
                } catch (IllegalArgumentException tooMuch) {
                    assertTrue(tooMuch.getMessage().contains("deposit of"), tooMuch.getMessage());
                }
            } else if (op < 55) {
                Tx tx = op < 40 ? RollupKit.transfer(u, nonces.getOrDefault(u, 0L), USERS.get(r.nextInt(4)), r.nextInt(1, 20))
                        : RollupKit.withdraw(u, nonces.getOrDefault(u, 0L), r.nextInt(1, 20));
                if (r.nextInt(5) == 0 || !seq.submit(tx, now)) {
                    inbox.submitForcedTransaction(tx, now);
                }
                nonces.put(u, nonces.getOrDefault(u, 0L) + 1); // some fail: later nonces then go stale, as in life
                if (r.nextInt(4) == 0) {
                    nonces.put(u, seq.head().nonce(u));
                }
            } else if (op < 75) {
                seq.produceBlock(now);
            } else if (op < 83) {
                seq.postBatch(now);
                if (seq.unpostedBlocks() == 0 && seq.isUp() && seq.head().height()
                        > inbox.latestCommitment().map(StateCommitment::l2Block).orElse(0L)) {
                    seq.postStateCommitment(now);
                }
            } else if (op < 87) {
                inbox.forceInclusion(now);
            } else if (op < 90) {
                if (seq.isUp()) {
                    seq.goDown();
                } else {
                    seq.comeBack();
                }
            } else if (op < 93) {
                if (seq.censored().isEmpty()) {
                    seq.censor(u);
                } else {
                    seq.stopCensoring();
                }
            } else {
                claims += claimEverything(inbox, now);
            }
            checkConservation(inbox, seq.safe(), "seed " + seed + ", step " + step);
            checkL2(seq.head(), "seed " + seed + ", step " + step + ", head");
        }
        // wind down: the sequencer posts everything, commits, and after the window every withdrawal is claimed
        if (!seq.isUp()) {
            seq.comeBack();
        }
        seq.stopCensoring();
        now = now.plus(SimTime.ofSeconds(2));
        seq.produceBlock(now);
        seq.postBatch(now);
        seq.postStateCommitment(now);
        now = now.plus(SimTime.ofSeconds(1800));
        claims += claimEverything(inbox, now);
        checkConservation(inbox, seq.safe(), "seed " + seed + ", at the end");
        assertEquals(seq.safe().totalWithdrawn(), inbox.totalPaidOut(), "every withdrawal paid out");
        assertEquals(seq.safe().withdrawals().size(), claims);
        assertTrue(claims > 0, "seed " + seed + " exercised no withdrawal");
        RebuildReport rebuilt = ExitHatch.rebuild(RollupKit.CODEC, inbox.postedData());
        assertTrue(rebuilt.isValid(), rebuilt.verdict().toString());
        assertEquals(seq.safe().outputRoot(), rebuilt.chain().outputRoot());
    }

    private static int claimEverything(RollupInbox inbox, SimTime now) {
        RebuildReport r = ExitHatch.rebuild(RollupKit.CODEC, inbox.postedData());
        int paid = 0;
        for (L2Withdrawal w : r.chain().withdrawals()) {
            var proof = ExitHatch.proveWithdrawal(r, w.index());
            if (proof.isPresent() && inbox.finalizeWithdrawal(proof.get(), now).isValid()) {
                paid++;
            }
        }
        return paid;
    }

    /** L1 is closed; the bridge holds exactly what L2 circulates, what waits to be credited and what waits to be claimed. */
    private static void checkConservation(RollupInbox inbox, RollupChain safe, String where) {
        Wei l1Total = Wei.ZERO;
        for (EthereumAddress u : USERS) {
            l1Total = l1Total.plus(inbox.l1Balance(u));
        }
        l1Total = l1Total.plus(inbox.bridgeBalance());
        assertEquals(START.times(USERS.size()), l1Total, where + ": L1 ether");
        assertEquals(inbox.totalDeposited().minus(inbox.totalPaidOut()), inbox.bridgeBalance(), where + ": bridge");
        Wei circulating = checkL2(safe, where);
        Wei pendingDeposits = inbox.totalDeposited().minus(safe.totalDeposited());
        Wei unclaimed = safe.totalWithdrawn().minus(inbox.totalPaidOut());
        assertEquals(inbox.bridgeBalance(), circulating.plus(pendingDeposits).plus(unclaimed), where + ": bridge vs L2");
    }

    /** Every L2 balance but the message passer's adds up to deposits less withdrawals; the passer holds the rest. */
    private static Wei checkL2(RollupChain chain, String where) {
        BigInteger all = BigInteger.ZERO;
        var t = chain.state().entries();
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.stringColumn("field").get(i).equals("BALANCE")) {
                all = all.add(new BigInteger(t.stringColumn("value").get(i)));
            }
        }
        Wei passer = chain.balance(RollupAddresses.MESSAGE_PASSER);
        assertEquals(chain.totalWithdrawn(), passer, where + ": burnt");
        Wei circulating = Wei.of(all).minus(passer);
        assertEquals(chain.totalDeposited().minus(chain.totalWithdrawn()), circulating, where + ": L2 ether");
        return circulating;
    }
}
