package layers.l1.pos;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlashingPenaltiesTest {

    private static final Gwei EB = Gwei.ether(32);
    private static final Gwei TOTAL = Gwei.ether(3200); // 100 validators of 32 ETH

    @Test
    void theInitialPenaltyIsAThirtySecondOfTheEffectiveBalance() {
        assertEquals(Gwei.of(1_000_000_000L), SlashingPenalties.slashingPenalty(EB)); // 32 ETH // 32
    }

    @Test
    void theWhistleblowerGetsAFiveHundredTwelfthAndTheProposerAnEighthOfThat() {
        assertEquals(Gwei.of(62_500_000L), SlashingPenalties.whistleblowerReward(EB)); // 32e9 // 512
        assertEquals(Gwei.of(7_812_500L), SlashingPenalties.proposerReward(EB)); // 62.5e6 * 8 // 64
    }

    @Test
    void oneSlashedValidatorInAHundredPaysNoCorrelationPenalty() {
        // adjusted = min(32 * 3, 3200) = 96 ETH; 32 * 96e9 // 3200e9 = 0 increments
        assertEquals(Gwei.ZERO, SlashingPenalties.correlationPenalty(EB, Gwei.ether(32), TOTAL));
    }

    @Test
    void tenSlashedValidatorsInAHundredPayNineEtherEach() {
        // adjusted = min(320 * 3, 3200) = 960 ETH; 32 * 960e9 // 3200e9 = 9 (9.6 rounded down) increments
        assertEquals(Gwei.ether(9), SlashingPenalties.correlationPenalty(EB, Gwei.ether(320), TOTAL));
    }

    @Test
    void aThirdOfTheStakeSlashedTogetherLosesEverything() {
        // 34 of 100: adjusted = min(1088 * 3, 3200) = 3200 ETH, the whole total; 32 increments
        assertEquals(Gwei.ether(32), SlashingPenalties.correlationPenalty(EB, Gwei.ether(34 * 32), TOTAL));
        assertEquals(Gwei.ether(32), SlashingPenalties.totalLoss(EB, EB, Gwei.ether(34 * 32), TOTAL));
    }

    @Test
    void theCorrelationPenaltyIsAppliedHalfWayThroughTheWindow() {
        BeaconSimulation chain = BeaconSimulation.withValidators(10, Gwei.ether(32));
        AttestationData a = AttestationData.link(Checkpoint.genesis(), new Checkpoint(Epoch.GENESIS, Hash.ZERO));
        AttestationData b = AttestationData.link(Checkpoint.genesis(),
                new Checkpoint(Epoch.GENESIS, Sha256.hash(new byte[]{1})));
        // validators 0, 1 and 2 (30% of the stake) double-vote in epoch 0
        assertTrue(chain.slash(new AttesterSlashing(new IndexedAttestation(List.of(0, 1, 2), a),
                new IndexedAttestation(List.of(0, 1, 2), b)), 9).isValid());
        int half = SpecConstants.EPOCHS_PER_SLASHINGS_VECTOR / 2;
        chain.run(half, v -> v > 2); // epochs 0 .. 4095
        assertEquals(Gwei.ether(31), chain.state().balance(0)); // only the initial penalty so far
        chain.runEpoch(v -> v > 2); // epoch 4096: withdrawable epoch 8192 minus half the window
        // effective balance 31 ETH after the initial penalty; adjusted = min(96 * 3, 224) = 224 ETH, the
        // active balance once the three have exited: 31 * 224e9 // 224e9 = 31 increments
        assertEquals(Gwei.ZERO, chain.state().balance(0));
    }
}
