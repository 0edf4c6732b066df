package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.network.SimRandom;
import layers.l1.network.SimTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static layers.l2.optimistic.OptimisticFixtures.ACCOUNTS;
import static layers.l2.optimistic.OptimisticFixtures.BATCH;
import static layers.l2.optimistic.OptimisticFixtures.HONEST;
import static layers.l2.optimistic.OptimisticFixtures.HOUR;
import static layers.l2.optimistic.OptimisticFixtures.MALLORY;
import static layers.l2.optimistic.OptimisticFixtures.faulty;
import static layers.l2.optimistic.OptimisticFixtures.game;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisputeGameTest {

    private static final BigInteger ETHER = BigInteger.TEN.pow(18);
    private static final long LAST = BATCH.length() - 1;

    static Stream<Arguments> frauds() {
        return Stream.of(
                Arguments.of("wrong balance", new TraceFault.WrongBalance(17, ACCOUNTS.get(2), ETHER)),
                Arguments.of("wrong nonce", new TraceFault.WrongNonce(33, ACCOUNTS.get(3))),
                Arguments.of("skipped transaction", new TraceFault.SkippedTx(25)),
                Arguments.of("extra minting", new TraceFault.ExtraMint(40, MALLORY, ETHER.multiply(BigInteger.TEN))),
                Arguments.of("wrong at the first step", new TraceFault.ExtraMint(0, MALLORY, ETHER)),
                Arguments.of("wrong at the last step", new TraceFault.WrongBalance(LAST, MALLORY, BigInteger.ONE)),
                Arguments.of("wrong final root only", new TraceFault.WrongFinalRoot(LAST)));
    }

    @ParameterizedTest(name = "{0}, degree {2}")
    @MethodSource("fraudsAndDegrees")
    void everyKindOfWrongRootIsCaughtAtItsStep(String kind, TraceFault fault, int degree) {
        ExecutionTrace fraud = faulty(fault);
        DisputeGame g = game(fraud, HONEST, degree);
        DisputeRunner.play(g, DefenderStrategy.of(fraud), ChallengerStrategy.of(HONEST), SimTime.ZERO, HOUR, 1);
        assertEquals(Optional.of(DisputeGame.Party.CHALLENGER), g.winner(), kind + ": " + g.decision());
        assertEquals(fault.step(), g.segmentStart(), kind + ": narrowed to the faulty step");
        int bound = (int) Math.ceil(Math.log(BATCH.length()) / Math.log(degree));
        assertTrue(g.rounds() <= bound, kind + ": " + g.rounds() + " rounds, at most " + bound);
        assertTrue(g.moves().stream().allMatch(m -> m.verdict().isValid()), "no honest move is rejected");
    }

    static Stream<Arguments> fraudsAndDegrees() {
        return frauds().flatMap(a -> Stream.of(2, 4, 40).map(d -> Arguments.of(a.get()[0], a.get()[1], d)));
    }

    @Test
    void bisectionTakesLog2StepsRounds() {
        ExecutionTrace fraud = faulty(new TraceFault.WrongNonce(37, ACCOUNTS.get(1)));
        DisputeGame g = game(fraud, HONEST, 2);
        DisputeRunner.play(g, DefenderStrategy.of(fraud), ChallengerStrategy.of(HONEST), SimTime.ZERO, HOUR, 1);
        assertEquals(6, g.rounds(), "64 steps: log2(64) = 6 bisections");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frauds")
    void aLyingChallengerLosesAgainstTheHonestDefender(String kind, TraceFault fault) {
        ExecutionTrace liar = faulty(fault);
        DisputeGame g = game(HONEST, liar, 2);
        DisputeRunner.play(g, DefenderStrategy.of(HONEST), ChallengerStrategy.of(liar), SimTime.ZERO, HOUR, 3);
        assertEquals(Optional.of(DisputeGame.Party.DEFENDER), g.winner(), kind + ": " + g.decision());
    }

    /** A challenger that picks parts, claims and proofs at random, honest ones and tampered ones. */
    private static ChallengerStrategy random(long seed, List<ExecutionTrace> traces) {
        SimRandom r = new SimRandom(seed);
        return new ChallengerStrategy() {
            @Override
            public Optional<Choice> choose(DisputeGame game) {
                if (r.nextInt(30) == 0) {
                    return Optional.empty();
                }
                int parts = game.cutPositions().size() - 1;
                int k = r.nextInt(parts + 1) - (r.nextInt(10) == 0 ? 1 : 0); // sometimes out of range
                Hash claim = r.nextBoolean(0.5)
                        ? traces.get(r.nextInt(traces.size())).commitment(game.cutPositions().get(Math.max(0,
                        Math.min(k, parts - 1)) + 1))
                        : Sha256.hash(new byte[] {(byte) r.nextInt(256), (byte) r.nextInt(256)});
                return Optional.of(new Choice(k, claim));
            }

            @Override
            public Optional<OneStepProof> prove(DisputeGame game) {
                long step = game.segmentStart();
                ExecutionTrace t = traces.get(r.nextInt(traces.size()));
                OneStepProof p = t.oneStepProof(step);
                int e = r.nextInt(p.entries().size());
                return Optional.of(switch (r.nextInt(5)) {
                    case 0 -> p;
                    case 1 -> p.withEntry(e, p.entries().get(e).withSibling(r.nextInt(256),
                            Sha256.hash(new byte[] {(byte) r.nextInt(256)})));
                    case 2 -> p.withEntry(e, p.entries().get(e).withValue(BigInteger.valueOf(r.nextInt(1000))));
                    case 3 -> t.oneStepProof(step == 0 ? 1 : step - 1).withStep(step);
                    default -> p.withStep(step + 1);
                });
            }
        };
    }

    @Test
    void theHonestDefenderBeatsRandomChallengersOverManySeeds() {
        List<ExecutionTrace> traces = new ArrayList<>();
        traces.add(HONEST);
        frauds().limit(4).forEach(a -> traces.add(faulty((TraceFault) a.get()[1])));
        for (long seed = 1; seed <= 40; seed++) {
            Hash claim = seed % 2 == 0 ? traces.get(1 + (int) (seed % 4)).commitment(BATCH.length())
                    : Sha256.hash(new byte[] {(byte) seed});
            DisputeGame g = DisputeGame.open(HONEST.commitment(0), BATCH.length(),
                    HONEST.commitment(BATCH.length()), claim, BATCH, OptimisticFixtures.CONTEXT,
                    2 + (int) (seed % 5), DisputeGame.DEFAULT_CLOCK, SimTime.ZERO);
            DisputeRunner.play(g, DefenderStrategy.of(HONEST), random(seed, traces), SimTime.ZERO, HOUR, 3);
            assertEquals(Optional.of(DisputeGame.Party.DEFENDER), g.winner(), "seed " + seed + ": " + g.decision());
        }
    }

    @Test
    void aSilentChallengerTimesOutAndASilentDefenderToo() {
        DisputeGame g = game(HONEST, faulty(new TraceFault.SkippedTx(3)), 2);
        DisputeRunner.play(g, DefenderStrategy.of(HONEST), new ChallengerStrategy() {
            @Override
            public Optional<Choice> choose(DisputeGame game) {
                return Optional.empty();
            }

            @Override
            public Optional<OneStepProof> prove(DisputeGame game) {
                return Optional.empty();
            }
        }, SimTime.ZERO, HOUR, 1);
        assertEquals(Optional.of(DisputeGame.Party.DEFENDER), g.winner(), g.decision());
        assertTrue(g.decision().contains("CHALLENGER did not move"), g.decision());

        ExecutionTrace fraud = faulty(new TraceFault.SkippedTx(3));
        DisputeGame h = game(fraud, HONEST, 2);
        DisputeRunner.play(h, game -> Optional.empty(), ChallengerStrategy.of(HONEST), SimTime.ZERO, HOUR, 1);
        assertEquals(Optional.of(DisputeGame.Party.CHALLENGER), h.winner(), h.decision());
    }

    @Test
    void timeoutsFollowTheChessClock() {
        DisputeGame g = game(faulty(new TraceFault.SkippedTx(3)), HONEST, 2);
        SimTime clock = DisputeGame.DEFAULT_CLOCK;
        Verdict early = g.claimTimeout(clock);
        assertTrue(early.isRejectedFor(DisputeRule.NOT_TIMED_OUT), early.toString());
        Verdict late = g.dissect(DisputeGame.Party.DEFENDER, HONEST.commitments(g.positionsToDissect()),
                clock.plus(SimTime.ofSeconds(1)));
        assertTrue(late.isRejectedFor(DisputeRule.CLOCK_EXPIRED), late.toString());
        assertTrue(g.claimTimeout(clock.plus(SimTime.ofSeconds(1))).isValid());
        assertEquals(Optional.of(DisputeGame.Party.CHALLENGER), g.winner());
        Verdict after = g.claimTimeout(clock.times(3));
        assertTrue(after.isRejectedFor(DisputeRule.GAME_OVER), after.toString());
    }

    @Test
    void theClockRunsOnlyForTheMover() {
        ExecutionTrace fraud = faulty(new TraceFault.SkippedTx(3));
        DisputeGame g = game(fraud, HONEST, 2);
        SimTime t1 = SimTime.ofSeconds(3600 * 10);
        assertTrue(g.dissect(DisputeGame.Party.DEFENDER, fraud.commitments(g.positionsToDissect()), t1).isValid());
        assertEquals(DisputeGame.DEFAULT_CLOCK.minus(t1), g.timeLeft(DisputeGame.Party.DEFENDER));
        assertEquals(DisputeGame.DEFAULT_CLOCK, g.timeLeft(DisputeGame.Party.CHALLENGER));
    }

    @Test
    void illFormedDissectionsAreRejectedWithTheirRule() {
        ExecutionTrace fraud = faulty(new TraceFault.ExtraMint(50, MALLORY, ETHER));
        DisputeGame g = game(fraud, HONEST, 4);
        SimTime t = HOUR;
        List<Hash> good = fraud.commitments(g.positionsToDissect());
        assertEquals(List.of(0L, 16L, 32L, 48L, 64L), g.positionsToDissect());

        Verdict outOfTurn = g.choose(DisputeGame.Party.CHALLENGER, 0, Hash.ZERO, t);
        assertTrue(outOfTurn.isRejectedFor(DisputeRule.NOT_YOUR_TURN), outOfTurn.toString());
        Verdict tooFew = g.dissect(DisputeGame.Party.DEFENDER, good.subList(0, 3), t);
        assertTrue(tooFew.isRejectedFor(DisputeRule.WRONG_POINT_COUNT), tooFew.toString());
        List<Hash> badStart = new ArrayList<>(good);
        badStart.set(0, Hash.ZERO);
        assertTrue(g.dissect(DisputeGame.Party.DEFENDER, badStart, t).isRejectedFor(DisputeRule.START_MISMATCH));
        List<Hash> badEnd = new ArrayList<>(good);
        badEnd.set(4, HONEST.commitment(64)); // the defender now agrees with the challenger at the end
        Verdict end = g.dissect(DisputeGame.Party.DEFENDER, badEnd, t);
        assertTrue(end.isRejectedFor(DisputeRule.END_MISMATCH), end.toString());
        Verdict proveEarly = g.proveOneStep(DisputeGame.Party.CHALLENGER, HONEST.oneStepProof(0), t);
        assertTrue(proveEarly.isRejectedFor(DisputeRule.NOT_YOUR_TURN), proveEarly.toString());
        assertEquals(DisputeGame.Phase.DISSECT, g.phase(), "rejected moves change nothing");
        assertEquals(0, g.rounds());

        assertTrue(g.dissect(DisputeGame.Party.DEFENDER, good, t).isValid());
        Verdict outside = g.choose(DisputeGame.Party.CHALLENGER, 4, Hash.ZERO, t);
        assertTrue(outside.isRejectedFor(DisputeRule.SEGMENT_OUT_OF_RANGE), outside.toString());
        Verdict agreeing = g.choose(DisputeGame.Party.CHALLENGER, 3, good.get(4), t);
        assertTrue(agreeing.isRejectedFor(DisputeRule.CHALLENGE_MUST_DISAGREE), agreeing.toString());
        Verdict contradiction = g.choose(DisputeGame.Party.CHALLENGER, 3, HONEST.commitment(40), t);
        assertTrue(contradiction.isRejectedFor(DisputeRule.CONTRADICTS_EARLIER_CLAIM),
                "the challenger claimed the true root at step 64 when it opened: " + contradiction);
        Verdict notOneStep = g.proveOneStep(DisputeGame.Party.CHALLENGER, HONEST.oneStepProof(50), t);
        assertTrue(notOneStep.isRejectedFor(DisputeRule.SEGMENT_NOT_ONE_STEP), notOneStep.toString());
        assertTrue(g.choose(DisputeGame.Party.CHALLENGER, 3, HONEST.commitment(64), t).isValid());

        // the defender must keep to its claims: its next dissection of 48..64 must end at its claim for 64
        List<Hash> next = fraud.commitments(g.positionsToDissect());
        List<Hash> changed = new ArrayList<>(next);
        changed.set(2, HONEST.commitment(g.positionsToDissect().get(2)).equals(next.get(2))
                ? Hash.ZERO : HONEST.commitment(g.positionsToDissect().get(2)));
        assertTrue(g.dissect(DisputeGame.Party.DEFENDER, changed, t).isValid(), "a new point may be anything");
        assertEquals(2, g.rounds());
    }

    @Test
    void aDefenderCannotContradictAnEarlierClaim() {
        ExecutionTrace fraud = faulty(new TraceFault.ExtraMint(50, MALLORY, ETHER));
        DisputeGame g = game(fraud, HONEST, 3);
        SimTime t = HOUR;
        assertTrue(g.dissect(DisputeGame.Party.DEFENDER, fraud.commitments(g.positionsToDissect()), t).isValid());
        // positions 0, 21, 42, 64; the challenger accepts step 42 and disputes 64
        assertTrue(g.choose(DisputeGame.Party.CHALLENGER, 2, HONEST.commitment(64), t).isValid());
        List<Long> pos = g.positionsToDissect();
        List<Hash> pts = new ArrayList<>(fraud.commitments(pos));
        assertEquals(42L, pos.get(0));
        pts.set(0, HONEST.commitment(0));
        Verdict v = g.dissect(DisputeGame.Party.DEFENDER, pts, t);
        assertTrue(v.isRejectedFor(DisputeRule.START_MISMATCH), v.toString());
    }

    @Test
    void aOneStepGameStartsWithTheProof() {
        TraceInput one = TraceInput.of(List.of(BATCH.tx(0)));
        ExecutionTrace honest = ExecutionTrace.honest(OptimisticFixtures.GENESIS, one, OptimisticFixtures.CONTEXT);
        ExecutionTrace fraud = ExecutionTrace.faulty(OptimisticFixtures.GENESIS, one, OptimisticFixtures.CONTEXT,
                new TraceFault.WrongFinalRoot(0));
        DisputeGame g = DisputeGame.open(honest.commitment(0), 1, fraud.commitment(1), honest.commitment(1), one,
                OptimisticFixtures.CONTEXT, 2, DisputeGame.DEFAULT_CLOCK, SimTime.ZERO);
        assertEquals(DisputeGame.Phase.ONE_STEP, g.phase());
        Verdict dissect = g.dissect(DisputeGame.Party.CHALLENGER, List.of(), HOUR);
        assertTrue(dissect.isRejectedFor(DisputeRule.SEGMENT_IS_ONE_STEP), dissect.toString());
        assertTrue(g.proveOneStep(DisputeGame.Party.CHALLENGER, honest.oneStepProof(0), HOUR).isValid());
        assertEquals(Optional.of(DisputeGame.Party.CHALLENGER), g.winner());
        assertEquals(3, g.transcript().rowCount());
    }
}
