package layers.exercises.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Sha256;
import layers.l1.pos.Checkpoint;
import layers.l1.pos.Epoch;
import layers.l1.pos.FinalizationRule;
import layers.l1.pos.JustificationBits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pos.finalize",
        title = "The four ways Casper FFG finalizes a checkpoint",
        contract = FinalizationCheck.class,
        statement = """
                After justifying, `weigh_justification_and_finalization` decides what to finalize. Write \
                `newlyFinalized`: given the justification bits after this epoch's justifications (bit 0 the \
                current epoch, bit 1 the previous one, ...), the previous and current justified checkpoints as they \
                were before, and the current epoch, return the checkpoint that becomes finalized, or empty. The \
                rules, tried in this order, a later one overriding an earlier one: bits 1-3 set and the old \
                previous justified checkpoint 3 epochs back (rule 234); bits 1-2 set and it 2 epochs back \
                (rule 23); bits 0-2 set and the old current justified checkpoint 2 epochs back (rule 123); bits \
                0-1 set and it 1 epoch back (rule 12).""",
        hints = {
            "`bits.all(1, 4)` is Python's `all(bits[1:4])`: bits 1, 2 and 3 are set.",
            "\"3 epochs back\" is `checkpoint.epoch().plus(3).equals(currentEpoch)`: an exact distance.",
            "Keep `Optional<Checkpoint> finalized = Optional.empty()` and test the rules in the order 234, 23, 123, "
                    + "12, each replacing `finalized` when it applies: the last rule that applies wins."
        })
class FinalizationCheckTest {

    private static final Epoch CURRENT = Epoch.of(10);

    private final FinalizationCheck finality = Implementation.of(FinalizationCheck.class);

    /** A checkpoint at {@code epoch}, with a root of its own. */
    private static Checkpoint checkpoint(long epoch) {
        return new Checkpoint(Epoch.of(epoch),
                Sha256.hash(("block at the start of epoch " + epoch).getBytes(StandardCharsets.US_ASCII)));
    }

    private Optional<Checkpoint> finalized(String bits, long oldPrevious, long oldCurrent) {
        return finality.newlyFinalized(JustificationBits.parse(bits), checkpoint(oldPrevious), checkpoint(oldCurrent),
                CURRENT);
    }

    private static String call(String bits, long oldPrevious, long oldCurrent) {
        return "newlyFinalized(bits " + bits + ", old previous justified at epoch " + oldPrevious
                + ", old current justified at epoch " + oldCurrent + ", current epoch " + CURRENT.value() + ")";
    }

    @Test
    @Points(1)
    @DisplayName("the usual case (rule 12): this epoch and the last justified, a link from 1 epoch back")
    void ruleOneTwo() {
        assertEquals(Optional.of(checkpoint(9)), finalized("1100", 8, 9), call("1100", 8, 9));
        assertEquals(Optional.of(checkpoint(9)), finalized("1111", 9, 9), call("1111", 9, 9));
    }

    @Test
    @Points(1)
    @DisplayName("too few justified epochs finalize nothing")
    void tooFewJustified() {
        assertEquals(Optional.empty(), finalized("0000", 8, 9), call("0000", 8, 9));
        assertEquals(Optional.empty(), finalized("1000", 8, 9), call("1000", 8, 9));
        assertEquals(Optional.empty(), finalized("0100", 8, 9), call("0100", 8, 9));
    }

    @Test
    @Points(1)
    @DisplayName("rule 23: the two epochs before this one justified, the old previous justified 2 epochs back")
    void ruleTwoThree() {
        assertEquals(Optional.of(checkpoint(8)), finalized("0110", 8, 9), call("0110", 8, 9));
    }

    @Test
    @Points(1)
    @DisplayName("rule 123: this epoch and the two before justified, the old current justified 2 epochs back")
    void ruleOneTwoThree() {
        assertEquals(Optional.of(checkpoint(8)), finalized("1110", 7, 8), call("1110", 7, 8));
    }

    @Test
    @Points(1)
    @DisplayName("rule 234: the three epochs before this one justified, the old previous justified 3 epochs back")
    void ruleTwoThreeFour() {
        assertEquals(Optional.of(checkpoint(7)), finalized("0111", 7, 8), call("0111", 7, 8));
    }

    @Test
    @Points(1)
    @DisplayName("the right bits at the wrong distance finalize nothing")
    void wrongDistance() {
        assertEquals(Optional.empty(), finalized("1100", 7, 8), call("1100", 7, 8));
        assertEquals(Optional.empty(), finalized("0110", 7, 8), call("0110", 7, 8));
        assertEquals(Optional.empty(), finalized("0111", 6, 8), call("0111", 6, 8));
    }
}
