package layers.l2.optimistic;

import layers.core.Rule;

/**
 * Why the L1 contracts of an optimistic rollup reject a move: an assertion, a challenge, a dissection, a choice of
 * segment, a one-step proof, a timeout claim. Each rejection names one of these and the values that broke it.
 */
public enum DisputeRule implements Rule {
    /** A bond must be at least the contract's minimum, or posting claims would be free. */
    BOND_TOO_SMALL("the bond is below the minimum"),
    /** Challenges are accepted only during the challenge window that follows an assertion. */
    CHALLENGE_WINDOW_CLOSED("the assertion's challenge window has closed"),
    /** Only a pending assertion can be challenged or confirmed. */
    ASSERTION_NOT_PENDING("the assertion is not pending"),
    /** A challenge must claim a different end state than the assertion it challenges. */
    CHALLENGE_MUST_DISAGREE("the challenger's claim equals the defender's; there is nothing to dispute"),
    /** The parties move in turn (Arbitrum Nitro's ChallengeManager: {@code takeTurn}, "BIS_SENDER"). */
    NOT_YOUR_TURN("it is the other party's turn"),
    /** A move after the game has been decided changes nothing. */
    GAME_OVER("the game is already decided"),
    /** A move must come before the mover's clock runs out (Nitro: "BIS_DEADLINE"). */
    CLOCK_EXPIRED("the mover's time has run out"),
    /** A timeout can be claimed only against a mover whose clock has run out. */
    NOT_TIMED_OUT("the mover still has time left"),
    /** A dissection of a segment of L steps has min(degree, L) + 1 points. */
    WRONG_POINT_COUNT("the dissection has the wrong number of points"),
    /** A dissection starts at the agreed state of the segment (Nitro: the first segment hash must match). */
    START_MISMATCH("the dissection does not start at the agreed state"),
    /** A dissection ends at the defender's earlier claim for the segment's end. */
    END_MISMATCH("the dissection does not end at the defender's earlier claim"),
    /** A party may not claim two different states for the same step. */
    CONTRADICTS_EARLIER_CLAIM("the move contradicts the party's earlier claim for the same step"),
    /** The chosen sub-segment must be one of the current dissection's. */
    SEGMENT_OUT_OF_RANGE("the chosen sub-segment is not in the current dissection"),
    /** A segment of one step is settled by a one-step proof, not dissected again. */
    SEGMENT_IS_ONE_STEP("the segment is one step long; only a one-step proof can settle it"),
    /** A one-step proof is accepted only once the dispute is narrowed to one step. */
    SEGMENT_NOT_ONE_STEP("the dispute is not yet narrowed to one step"),
    /** A one-step proof must be for the disputed step. */
    WRONG_STEP("the one-step proof is for another step"),
    /** Every state entry in a one-step proof must be proven against the agreed pre-state commitment. */
    ENTRY_NOT_IN_PRE_STATE("an entry's Merkle proof does not lead to the agreed pre-state commitment"),
    /** A one-step proof must include every state entry the step reads or writes. */
    MISSING_ENTRY("the step touches a state entry the proof does not include"),
    /** A one-step proof names each state entry once. */
    DUPLICATE_ENTRY("the proof includes the same state entry twice"),

    DEPOSIT_NOT_NAMED("the step is a deposit and the proof does not name it"),

    DEPOSIT_WRONG_INDEX("the proof names another delayed message than the one the step reads"),

    DEPOSIT_NOT_AS_RECORDED("the deposit's recipient or amount differs from the inbox's record of it on L1"),

    DEPOSIT_ON_TRANSACTION_STEP("the proof names a deposit for a step that runs a transaction"),
    /** Bonds move only once the dispute game is decided. */
    GAME_NOT_DECIDED("the dispute game is not decided yet"),
    /** An assertion is confirmed only after its window, with no challenge open and its parent confirmed. */
    NOT_CONFIRMABLE("the assertion cannot be confirmed yet"),
    /** A withdrawal is paid on L1 only from a confirmed assertion. */
    WITHDRAWAL_NOT_FINAL("the withdrawal's assertion is not confirmed");

    private final String description;

    DisputeRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
