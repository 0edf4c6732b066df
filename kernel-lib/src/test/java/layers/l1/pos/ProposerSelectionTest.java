package layers.l1.pos;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProposerSelectionTest {

    private static final Hash SEED = Sha256.hash(new byte[]{1, 2, 3});

    @Test
    void theShuffleIsAPermutation() {
        Set<Long> images = new HashSet<>();
        for (long i = 0; i < 50; i++) {
            long j = ProposerSelection.computeShuffledIndex(i, 50, SEED);
            assertTrue(j >= 0 && j < 50);
            images.add(j);
        }
        assertEquals(50, images.size());
    }

    @Test
    void theShuffleDependsOnTheSeed() {
        long moved = 0;
        Hash other = Sha256.hash(new byte[]{4});
        for (long i = 0; i < 50; i++) {
            if (ProposerSelection.computeShuffledIndex(i, 50, SEED) != ProposerSelection.computeShuffledIndex(i, 50, other)) {
                moved++;
            }
        }
        assertTrue(moved > 40, moved + " of 50 indices differ");
    }

    @Test
    void proposersAreChosenInProportionToEffectiveBalance() {
        // 64 validators in four classes of 32, 24, 16 and 8 ETH: shares 40%, 30%, 20%, 10%
        long[] classEther = {32, 24, 16, 8};
        Gwei[] balances = new Gwei[64];
        for (int v = 0; v < balances.length; v++) {
            balances[v] = Gwei.ether(classEther[v % 4]);
        }
        int slots = 3000;
        Table t = ProposerSelection.frequencies(balances, slots, 7);
        double[] observed = new double[4];
        for (int row = 0; row < t.rowCount(); row++) {
            observed[row % 4] += t.longColumn("proposals").get(row) / (double) slots;
        }
        double[] expected = {0.4, 0.3, 0.2, 0.1};
        for (int c = 0; c < 4; c++) {
            double sigma = Math.sqrt(expected[c] * (1 - expected[c]) / slots);
            assertEquals(expected[c], observed[c], 4 * sigma, classEther[c] + " ETH class");
        }
    }

    @Test
    void withFewValidatorsTheShuffledWalkFavoursTheLargest() {
        Gwei[] balances = {Gwei.ether(32), Gwei.ether(24), Gwei.ether(16), Gwei.ether(8)};
        Table t = ProposerSelection.frequencies(balances, 2000, 42);
        double largest = t.doubleColumn("observedShare").get(0);
        assertTrue(largest > 0.43, "the 32-ETH validator's share was " + largest + ", stake share 0.4");
    }

    @Test
    void aValidatorWithTheMaximumBalanceIsAcceptedAtOnce() {
        // effective_balance * 255 >= MAX_EFFECTIVE_BALANCE * random_byte holds for every byte when the balance is the maximum
        Gwei[] balances = {Gwei.ether(32), Gwei.ether(32), Gwei.ether(32)};
        int[] indices = {0, 1, 2};
        int first = indices[(int) ProposerSelection.computeShuffledIndex(0, 3, SEED)];
        assertEquals(first, ProposerSelection.computeProposerIndex(balances, indices, SEED));
    }

    @Test
    void theSameSeedGivesTheSameProposers() {
        Gwei[] balances = {Gwei.ether(32), Gwei.ether(17), Gwei.ether(5), Gwei.ether(30), Gwei.ether(9)};
        RandomnessBeacon a = RandomnessBeacon.seeded(99);
        RandomnessBeacon b = RandomnessBeacon.seeded(99);
        for (long s = 0; s < 40; s++) {
            assertEquals(ProposerSelection.getBeaconProposerIndex(a, Slot.of(s), balances),
                    ProposerSelection.getBeaconProposerIndex(b, Slot.of(s), balances), "slot " + s);
        }
    }

    @Test
    void anEmptyValidatorSetIsMisuse() {
        assertThrows(IllegalArgumentException.class,
                () -> ProposerSelection.computeProposerIndex(new Gwei[0], new int[0], SEED));
        assertEquals("index 5 is not below the count 5", assertThrows(IllegalArgumentException.class,
                () -> ProposerSelection.computeShuffledIndex(5, 5, SEED)).getMessage());
    }
}
