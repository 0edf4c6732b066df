package layers.l1.pos;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FinalityTest {

    private static final Function<Epoch, Hash> ROOTS = e -> Sha256.hash(new byte[]{(byte) e.value()});
    private static final Gwei TOTAL = Gwei.ether(96);
    private static final Gwei TWO_THIRDS = Gwei.ether(64);
    private static final Gwei HALF = Gwei.ether(48);

    private static Checkpoint cp(long epoch) {
        return new Checkpoint(Epoch.of(epoch), ROOTS.apply(Epoch.of(epoch)));
    }

    private static FinalityCheckpoints state(String bits, long previousJustified, long currentJustified, long finalized) {
        return new FinalityCheckpoints(JustificationBits.parse(bits), cp(previousJustified), cp(currentJustified),
                cp(finalized));
    }

    @Test
    void exactlyTwoThirdsOfTheStakeJustifies() {
        assertTrue(Finality.isJustified(TWO_THIRDS, TOTAL));
    }

    @Test
    void oneGweiLessThanTwoThirdsDoesNotJustify() {
        assertFalse(Finality.isJustified(TWO_THIRDS.minus(Gwei.of(1)), TOTAL));
    }

    @Test
    void aJustifiedCurrentEpochBecomesTheCurrentJustifiedCheckpoint() {
        FinalityCheckpoints after = Finality.weighJustificationAndFinalization(state("0000", 7, 7, 6), Epoch.of(10),
                TOTAL, HALF, TWO_THIRDS, ROOTS);
        assertEquals(cp(10), after.currentJustifiedCheckpoint());
        assertEquals(cp(7), after.previousJustifiedCheckpoint());
        assertEquals("1000", after.justificationBits().toString());
    }

    @Test
    void belowTwoThirdsNothingIsJustifiedAndTheBitsOnlyShift() {
        FinalityCheckpoints after = Finality.weighJustificationAndFinalization(state("1100", 8, 9, 8), Epoch.of(10),
                TOTAL, HALF, HALF, ROOTS);
        assertEquals("0110", after.justificationBits().toString());
        assertEquals(cp(9), after.currentJustifiedCheckpoint());
        assertEquals(cp(8), after.finalizedCheckpoint());
    }

    @Test
    void rule12FinalizesTheCheckpointOneEpochBack() {
        // epoch 9 justified before; epoch 10 justified now with 9 as source
        FinalityCheckpoints before = state("1100", 8, 9, 8);
        FinalityCheckpoints after = Finality.weighJustificationAndFinalization(before, Epoch.of(10), TOTAL,
                TWO_THIRDS, TWO_THIRDS, ROOTS);
        assertEquals(cp(9), after.finalizedCheckpoint());
        assertEquals(Optional.of(FinalizationRule.RULE_12), FinalizationRule.applying(after.justificationBits(),
                before.previousJustifiedCheckpoint(), before.currentJustifiedCheckpoint(), Epoch.of(10)));
    }

    @Test
    void rule123FinalizesTheCheckpointTwoEpochsBack() {
        // 8 justified; 9 justified late (previous-epoch votes) and 10 now: 8 → 10 with 9 in between
        FinalityCheckpoints before = state("0100", 7, 8, 7);
        FinalityCheckpoints after = Finality.weighJustificationAndFinalization(before, Epoch.of(10), TOTAL,
                TWO_THIRDS, TWO_THIRDS, ROOTS);
        assertEquals("1110", after.justificationBits().toString());
        assertEquals(cp(8), after.finalizedCheckpoint());
        assertEquals(Optional.of(FinalizationRule.RULE_123), FinalizationRule.applying(after.justificationBits(),
                before.previousJustifiedCheckpoint(), before.currentJustifiedCheckpoint(), Epoch.of(10)));
    }

    @Test
    void rule23FinalizesThePreviousJustifiedCheckpointTwoEpochsBack() {
        // 8 and 9 justified, 9 with 8 as source; the current epoch 10 falls short
        FinalityCheckpoints before = state("1100", 8, 9, 7);
        FinalityCheckpoints after = Finality.weighJustificationAndFinalization(before, Epoch.of(10), TOTAL,
                HALF, HALF, ROOTS);
        assertEquals(cp(8), after.finalizedCheckpoint());
        assertEquals(Optional.of(FinalizationRule.RULE_23), FinalizationRule.applying(after.justificationBits(),
                before.previousJustifiedCheckpoint(), before.currentJustifiedCheckpoint(), Epoch.of(10)));
    }

    @Test
    void rule234FinalizesThePreviousJustifiedCheckpointThreeEpochsBack() {
        // 7 and 8 justified; 9 justified late now; the current epoch 10 falls short
        FinalityCheckpoints before = state("0110", 7, 8, 6);
        FinalityCheckpoints after = Finality.weighJustificationAndFinalization(before, Epoch.of(10), TOTAL,
                TWO_THIRDS, HALF, ROOTS);
        assertEquals("0111", after.justificationBits().toString());
        assertEquals(cp(7), after.finalizedCheckpoint());
        assertEquals(Optional.of(FinalizationRule.RULE_234), FinalizationRule.applying(after.justificationBits(),
                before.previousJustifiedCheckpoint(), before.currentJustifiedCheckpoint(), Epoch.of(10)));
    }

    @Test
    void withFullParticipationTheChainFinalizesThePreviousEpochFromEpochThreeOn() {
        BeaconSimulation chain = BeaconSimulation.withValidators(12, Gwei.ether(32));
        chain.run(6, v -> true);
        assertEquals(java.util.List.of(0L, 0L, 0L, 2L, 3L, 4L),
                chain.history().stream().map(EpochReport::finalizedEpoch).toList());
    }

    @Test
    void badJustificationBitsAreNamed() {
        assertEquals("justification bits are 4 characters 0 or 1, not '102'",
                assertThrows(IllegalArgumentException.class, () -> JustificationBits.parse("102")).getMessage());
    }
}
