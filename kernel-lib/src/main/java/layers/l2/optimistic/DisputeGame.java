package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.network.SimTime;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The interactive dispute over a batch's execution trace, between the assertion's defender and one challenger, as
 * the L1 contract referees it. The defender claims a commitment after every step it is asked about; both agree on
 * the commitment before the disputed segment and disagree after it. Each round the defender dissects the segment
 * into {@code degree} parts (posting the commitments at the cut points) and the challenger picks one part whose start
 * it accepts and whose end it disputes, so the segment shrinks by the degree each round: about
 * log_degree(steps) rounds. Once the segment is one step, the challenger submits a {@link OneStepProof}; the
 * {@link OneStepVerifier} computes the true commitment after that step from the agreed one before it, and the
 * defender loses if its claim differs, the challenger otherwise.
 *
 * <p>Real systems: OP Stack's Fault Dispute Game bisects (degree 2) over a binary tree of claims; Arbitrum's
 * pre-BoLD challenge manager dissects a segment into up to {@code MAX_CHALLENGE_DEGREE = 40} parts per move
 * (OffchainLabs/nitro-contracts, {@code ChallengeManager.sol}); both give each party a chess clock, as here: a party's
 * time runs only while it is to move, and a party whose time runs out loses.
 *
 * <p>Every move is checked and a bad one is rejected with a {@link DisputeRule} and changes nothing: out of turn,
 * too late, a dissection with the wrong number of points, one that does not start at the agreed commitment or end at
 * the defender's earlier claim, any claim that contradicts the same party's earlier claim for the same step, a choice
 * outside the dissection or one that does not disagree, a one-step proof that is not for the disputed step or does
 * not check out against the pre-state commitment.
 */
public final class DisputeGame {

    /** The two sides. */
    public enum Party {
        /** The proposer of the assertion, defending its claimed trace. */
        DEFENDER,
        /** The watcher who says the assertion is wrong. */
        CHALLENGER;

        public Party other() {
            return this == DEFENDER ? CHALLENGER : DEFENDER;
        }
    }

    /** Whose move it is, and what kind. */
    public enum Phase {
        /** The defender must dissect the disputed segment. */
        DISSECT,
        /** The challenger must choose a part of the dissection. */
        CHOOSE,
        /** The segment is one step: the challenger must prove it. */
        ONE_STEP,
        /** Decided. */
        DECIDED
    }

    /** One line of the game's record. */
    public record Move(int round, Party party, String kind, long segmentStart, long segmentEnd, String detail,
                       Verdict verdict) {
    }

    /** This model's chess clock per side: half the 7-day challenge window, so both clocks together fit in it. */
    public static final SimTime DEFAULT_CLOCK = SimTime.ofSeconds(3.5 * 24 * 3600);
    /** Arbitrum pre-BoLD {@code ChallengeManager}: {@code MAX_CHALLENGE_DEGREE = 40}. */
    public static final int ARBITRUM_CLASSIC_DEGREE = 40;
    /** Bisection, as OP Stack's Fault Dispute Game. */
    public static final int BISECTION = 2;

    private final TraceInput batch;
    private final StepContext context;
    private final int degree;
    private final Map<Long, Hash> defenderClaims = new HashMap<>();
    private final Map<Long, Hash> challengerClaims = new HashMap<>();
    private final Map<Long, Hash> agreed = new HashMap<>();
    private final List<Move> moves = new ArrayList<>();
    private long segmentStart;
    private long segmentEnd;
    private List<Long> cutPositions = List.of();
    private List<Hash> cutPoints = List.of();
    private Phase phase;
    private SimTime defenderLeft;
    private SimTime challengerLeft;
    private SimTime lastMove;
    private int round;
    private Party winner;
    private String decision = "";

    private DisputeGame(Hash preCommitment, long steps, Hash defenderClaim, Hash challengerClaim, TraceInput batch,
                        StepContext context, int degree, SimTime clock, SimTime now) {
        this.batch = Objects.requireNonNull(batch, "batch");
        this.context = Objects.requireNonNull(context, "context");
        if (degree < 2) {
            throw new IllegalArgumentException("a dissection has at least 2 parts, not " + degree);
        }
        if (steps < 1 || steps != batch.length()) {
            throw new IllegalArgumentException("the dispute covers the batch's " + batch.length() + " steps, not "
                    + steps);
        }
        if (defenderClaim.equals(challengerClaim)) {
            throw new IllegalArgumentException("the challenger's claim equals the defender's: nothing to dispute");
        }
        this.degree = degree;
        this.segmentStart = 0;
        this.segmentEnd = steps;
        agreed.put(0L, Objects.requireNonNull(preCommitment, "preCommitment"));
        defenderClaims.put(0L, preCommitment);
        challengerClaims.put(0L, preCommitment);
        defenderClaims.put(steps, defenderClaim);
        challengerClaims.put(steps, challengerClaim);
        this.defenderLeft = clock;
        this.challengerLeft = clock;
        this.lastMove = now;
        this.phase = steps == 1 ? Phase.ONE_STEP : Phase.DISSECT;
        moves.add(new Move(0, Party.CHALLENGER, "challenge", 0, steps, "claims " + shortHex(challengerClaim)
                + " after step " + steps + ", the defender " + shortHex(defenderClaim), Verdict.valid()));
    }

    /**
     * Opens a dispute over all {@code steps} steps of {@code batch} from {@code preCommitment}, in which the defender
     * claims {@code defenderClaim} at the end and the challenger {@code challengerClaim}; each party has
     * {@code clock} of time.
     *
     * @throws IllegalArgumentException if the two claims are equal, or degree or steps are out of range
     */
    public static DisputeGame open(Hash preCommitment, long steps, Hash defenderClaim, Hash challengerClaim,
                                   TraceInput batch, StepContext context, int degree, SimTime clock, SimTime now) {
        return new DisputeGame(preCommitment, steps, defenderClaim, challengerClaim, batch, context, degree, clock,
                now);
    }

    // --- reading ---

    public Phase phase() {
        return phase;
    }

    /** Who must move next; empty once decided. */
    public Optional<Party> toMove() {
        return switch (phase) {
            case DISSECT -> Optional.of(Party.DEFENDER);
            case CHOOSE, ONE_STEP -> Optional.of(Party.CHALLENGER);
            case DECIDED -> Optional.empty();
        };
    }

    public long segmentStart() {
        return segmentStart;
    }

    public long segmentEnd() {
        return segmentEnd;
    }

    /** The commitment both parties accept at the start of the disputed segment. */
    public Hash agreedCommitment() {
        return agreed.get(segmentStart);
    }

    /** The steps at which the next dissection must post commitments: min(degree, length) + 1 points. */
    public List<Long> positionsToDissect() {
        long length = segmentEnd - segmentStart;
        int parts = (int) Math.min(degree, length);
        List<Long> out = new ArrayList<>(parts + 1);
        for (int k = 0; k <= parts; k++) {
            out.add(segmentStart + Math.floorDiv(k * length, parts));
        }
        return out;
    }

    /** The positions and commitments of the current dissection (empty until the defender has dissected). */
    public List<Long> cutPositions() {
        return cutPositions;
    }

    public List<Hash> cutPoints() {
        return cutPoints;
    }

    /** The defender's claim at {@code step}, if it made one. */
    public Optional<Hash> defenderClaim(long step) {
        return Optional.ofNullable(defenderClaims.get(step));
    }

    /** How many dissections have been made. */
    public int rounds() {
        return round;
    }

    public int degree() {
        return degree;
    }

    public Optional<Party> winner() {
        return Optional.ofNullable(winner);
    }

    /** Why the game ended as it did. */
    public String decision() {
        return decision;
    }

    public SimTime timeLeft(Party p) {
        return p == Party.DEFENDER ? defenderLeft : challengerLeft;
    }

    public List<Move> moves() {
        return List.copyOf(moves);
    }

    // --- moves ---

    /** The defender posts the commitments at {@link #positionsToDissect()}, the first and last included. */
    public Verdict dissect(Party by, List<Hash> points, SimTime now) {
        Verdict v = checkTurn(by, Phase.DISSECT, now);
        if (v.isValid()) {
            v = checkDissection(points);
        }
        if (!v.isValid()) {
            return record(by, "dissect", "rejected", v);
        }
        List<Long> positions = positionsToDissect();
        for (int k = 0; k < positions.size(); k++) {
            defenderClaims.put(positions.get(k), points.get(k));
        }
        cutPositions = positions;
        cutPoints = List.copyOf(points);
        round++;
        phase = Phase.CHOOSE;
        return record(by, "dissect", "posted " + points.size() + " commitments at steps " + describe(positions), v);
    }

    private Verdict checkDissection(List<Hash> points) {
        List<Long> positions = positionsToDissect();
        if (points.size() != positions.size()) {
            return Verdict.rejected(DisputeRule.WRONG_POINT_COUNT, "the segment " + segmentStart + ".." + segmentEnd
                    + " of degree " + degree + " needs " + positions.size() + " points, got " + points.size());
        }
        if (!points.get(0).equals(agreedCommitment())) {
            return Verdict.rejected(DisputeRule.START_MISMATCH, "point 0 at step " + segmentStart + " is "
                    + shortHex(points.get(0)) + ", the agreed commitment is " + shortHex(agreedCommitment()));
        }
        Hash end = defenderClaims.get(segmentEnd);
        if (!points.get(points.size() - 1).equals(end)) {
            return Verdict.rejected(DisputeRule.END_MISMATCH, "the last point at step " + segmentEnd + " is "
                    + shortHex(points.get(points.size() - 1)) + ", the defender claimed " + shortHex(end));
        }
        for (int k = 1; k < positions.size() - 1; k++) {
            Hash earlier = defenderClaims.get(positions.get(k));
            if (earlier != null && !earlier.equals(points.get(k))) {
                return Verdict.rejected(DisputeRule.CONTRADICTS_EARLIER_CLAIM, "step " + positions.get(k)
                        + ": now " + shortHex(points.get(k)) + ", earlier " + shortHex(earlier));
            }
        }
        return Verdict.valid();
    }

    /**
     * The challenger picks part {@code index} of the dissection: it accepts the defender's commitment at the part's
     * start and claims {@code claimAtEnd}, which must differ from the defender's, at its end.
     */
    public Verdict choose(Party by, int index, Hash claimAtEnd, SimTime now) {
        Objects.requireNonNull(claimAtEnd, "claimAtEnd");
        Verdict v = checkTurn(by, Phase.CHOOSE, now);
        if (v.isValid()) {
            v = checkChoice(index, claimAtEnd);
        }
        if (!v.isValid()) {
            return record(by, "choose", "rejected", v);
        }
        long start = cutPositions.get(index);
        long end = cutPositions.get(index + 1);
        challengerClaims.put(start, cutPoints.get(index));
        challengerClaims.put(end, claimAtEnd);
        agreed.put(start, cutPoints.get(index));
        segmentStart = start;
        segmentEnd = end;
        phase = end - start == 1 ? Phase.ONE_STEP : Phase.DISSECT;
        return record(by, "choose", "accepts step " + start + ", disputes step " + end + " (claims "
                + shortHex(claimAtEnd) + ", defender " + shortHex(cutPoints.get(index + 1)) + ")", v);
    }

    private Verdict checkChoice(int index, Hash claimAtEnd) {
        if (index < 0 || index >= cutPositions.size() - 1) {
            return Verdict.rejected(DisputeRule.SEGMENT_OUT_OF_RANGE, "part " + index + " of a dissection with "
                    + (cutPositions.size() - 1) + " parts");
        }
        long start = cutPositions.get(index);
        long end = cutPositions.get(index + 1);
        if (claimAtEnd.equals(cutPoints.get(index + 1))) {
            return Verdict.rejected(DisputeRule.CHALLENGE_MUST_DISAGREE, "the challenger's claim at step " + end
                    + " equals the defender's " + shortHex(claimAtEnd));
        }
        Hash earlierStart = challengerClaims.get(start);
        if (earlierStart != null && !earlierStart.equals(cutPoints.get(index))) {
            return Verdict.rejected(DisputeRule.CONTRADICTS_EARLIER_CLAIM, "the challenger claimed "
                    + shortHex(earlierStart) + " at step " + start + " and now accepts the defender's "
                    + shortHex(cutPoints.get(index)));
        }
        Hash earlierEnd = challengerClaims.get(end);
        if (earlierEnd != null && !earlierEnd.equals(claimAtEnd)) {
            return Verdict.rejected(DisputeRule.CONTRADICTS_EARLIER_CLAIM, "the challenger claimed "
                    + shortHex(earlierEnd) + " at step " + end + " and now claims " + shortHex(claimAtEnd));
        }
        return Verdict.valid();
    }

    /**
     * The challenger proves the one disputed step. A proof the verifier rejects changes nothing; a valid one decides
     * the game: the defender loses if the step's true result differs from its claim, the challenger otherwise.
     */
    public Verdict proveOneStep(Party by, OneStepProof proof, SimTime now) {
        Verdict v = checkTurn(by, Phase.ONE_STEP, now);
        if (!v.isValid()) {
            return record(by, "one-step proof", "rejected", v);
        }
        long step = segmentStart;
        OneStepResult result = OneStepVerifier.verify(proof, step, agreedCommitment(), batch, context);
        if (!result.isValid()) {
            return record(by, "one-step proof", "rejected", result.verdict());
        }
        Hash computed = result.postCommitment().orElseThrow();
        Hash claimed = defenderClaims.get(segmentEnd);
        if (computed.equals(claimed)) {
            decide(Party.DEFENDER, "step " + step + " re-executed on L1 gives " + shortHex(computed)
                    + ", the defender's claim: the challenge fails");
        } else {
            decide(Party.CHALLENGER, "step " + step + " re-executed on L1 gives " + shortHex(computed)
                    + ", the defender claimed " + shortHex(claimed) + ": fraud proven");
        }
        return record(by, "one-step proof", decision, v);
    }

    /** Ends the game against the party to move if its clock has run out at {@code now}. */
    public Verdict claimTimeout(SimTime now) {
        if (phase == Phase.DECIDED) {
            return Verdict.rejected(DisputeRule.GAME_OVER, decision);
        }
        checkNotBefore(now);
        Party mover = toMove().orElseThrow();
        SimTime elapsed = now.minus(lastMove);
        if (!timeLeft(mover).isBefore(elapsed)) {
            return Verdict.rejected(DisputeRule.NOT_TIMED_OUT, mover + " has " + timeLeft(mover) + " left, "
                    + elapsed + " have passed");
        }
        decide(mover.other(), mover + " did not move within its remaining " + timeLeft(mover) + ": it loses");
        if (mover == Party.DEFENDER) {
            defenderLeft = SimTime.ZERO;
        } else {
            challengerLeft = SimTime.ZERO;
        }
        return record(mover.other(), "timeout", decision, Verdict.valid());
    }

    private Verdict checkTurn(Party by, Phase expected, SimTime now) {
        Objects.requireNonNull(by, "by");
        if (phase == Phase.DECIDED) {
            return Verdict.rejected(DisputeRule.GAME_OVER, decision);
        }
        checkNotBefore(now);
        Party mover = toMove().orElseThrow();
        if (by != mover) {
            return Verdict.rejected(DisputeRule.NOT_YOUR_TURN, by + " moved; " + mover + " is to " + phaseVerb());
        }
        if (phase != expected) {
            return phase == Phase.ONE_STEP
                    ? Verdict.rejected(DisputeRule.SEGMENT_IS_ONE_STEP, "the segment is " + segmentStart + ".."
                            + segmentEnd + "; submit a one-step proof")
                    : Verdict.rejected(DisputeRule.SEGMENT_NOT_ONE_STEP, "the segment is " + segmentStart + ".."
                            + segmentEnd + ", " + (segmentEnd - segmentStart) + " steps");
        }
        SimTime elapsed = now.minus(lastMove);
        SimTime left = timeLeft(by);
        if (left.isBefore(elapsed)) {
            return Verdict.rejected(DisputeRule.CLOCK_EXPIRED, by + " had " + left + " left and moved after "
                    + elapsed);
        }
        if (by == Party.DEFENDER) {
            defenderLeft = left.minus(elapsed);
        } else {
            challengerLeft = left.minus(elapsed);
        }
        lastMove = now;
        return Verdict.valid();
    }

    private String phaseVerb() {
        return switch (phase) {
            case DISSECT -> "dissect";
            case CHOOSE -> "choose";
            case ONE_STEP -> "prove the step";
            case DECIDED -> "nothing";
        };
    }

    private void checkNotBefore(SimTime now) {
        if (now.isBefore(lastMove)) {
            throw new IllegalArgumentException("time runs forward: " + now + " is before the last move at "
                    + lastMove);
        }
    }

    private void decide(Party w, String why) {
        winner = w;
        decision = why;
        phase = Phase.DECIDED;
    }

    private Verdict record(Party by, String kind, String detail, Verdict v) {
        moves.add(new Move(round, by, kind, segmentStart, segmentEnd, v.isValid() ? detail : v.toString(), v));
        return v;
    }

    private static String describe(List<Long> positions) {
        if (positions.size() <= 6) {
            return positions.toString();
        }
        return "[" + positions.get(0) + ", " + positions.get(1) + ", …, " + positions.get(positions.size() - 1) + "]";
    }

    static String shortHex(Hash h) {
        return h.toHex().substring(0, 8) + "…";
    }

    /** The record of the game: one row per move, rejected moves included. */
    public Table transcript() {
        IntColumn r = IntColumn.create("round");
        StringColumn party = StringColumn.create("party");
        StringColumn kind = StringColumn.create("move");
        LongColumn start = LongColumn.create("segment start");
        LongColumn end = LongColumn.create("segment end");
        LongColumn steps = LongColumn.create("steps in dispute");
        StringColumn detail = StringColumn.create("detail");
        for (Move m : moves) {
            r.append(m.round());
            party.append(m.party().name());
            kind.append(m.kind());
            start.append(m.segmentStart());
            end.append(m.segmentEnd());
            steps.append(m.segmentEnd() - m.segmentStart());
            detail.append(m.detail());
        }
        return Table.create("dispute", r, party, kind, start, end, steps, detail);
    }

    @Override
    public String toString() {
        return "DisputeGame(segment " + segmentStart + ".." + segmentEnd + ", " + round + " rounds, " + phase
                + (winner == null ? "" : ", " + winner + " wins") + ")";
    }
}
