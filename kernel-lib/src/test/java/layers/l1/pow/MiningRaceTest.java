package layers.l1.pow;

import layers.l1.block.CompactTarget;
import layers.l1.network.SimRandom;
import layers.l1.network.SimTime;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MiningRaceTest {

    @Test
    void eachMinerWinsInProportionToItsHashPower() {
        MiningRace race = MiningRace.ofShares(new double[] {50, 30, 20, 0}, SimTime.ofSeconds(600));
        SimRandom random = new SimRandom(1);
        int n = 100_000;
        int[] wins = new int[4];
        for (int i = 0; i < n; i++) {
            wins[race.nextWinner(random)]++;
        }
        double[] shares = {0.5, 0.3, 0.2, 0};
        for (int m = 0; m < 4; m++) {
            double sd = Math.sqrt(n * shares[m] * (1 - shares[m]));
            assertEquals(n * shares[m], wins[m], 5 * sd + 1e-9, "miner " + m);
        }
    }

    @Test
    void waitsAreExponentialWithTheMeanInterval() {
        MiningRace race = MiningRace.ofShares(new double[] {1, 1}, SimTime.ofSeconds(600));
        SimRandom random = new SimRandom(2);
        int n = 100_000;
        double sum = 0;
        int longerThanMean = 0;
        for (int i = 0; i < n; i++) {
            long w = race.nextWaitMicros(random);
            sum += w;
            if (w > 600_000_000L) {
                longerThanMean++;
            }
        }
        assertEquals(600e6, sum / n, 5 * 600e6 / Math.sqrt(n));
        // P(wait > mean) = 1/e for an exponential wait
        assertEquals(n / Math.E, longerThanMean, 5 * Math.sqrt(n * 0.368 * 0.632));
    }

    @Test
    void theMeanIntervalIsExpectedHashesOverTheTotalHashRate() {
        // difficulty 1 takes 2^32 × 65536/65535 hashes on average; 2 miners at 2^32/600 h/s each: 300 s
        double rate = Math.pow(2, 32) / 600;
        MiningRace race = MiningRace.ofHashRates(new double[] {rate, rate}, CompactTarget.DIFFICULTY_1);
        assertEquals(300.0 * 65536 / 65535, race.meanInterval().toSeconds(), 1e-6);
        assertEquals(0.5, race.share(1), 1e-12);
    }

    @Test
    void theSameSeedRunsTheSameRace() {
        MiningRace race = MiningRace.ofShares(new double[] {3, 1}, SimTime.ofSeconds(60));
        Table a = race.run(50, 7);
        Table b = race.run(50, 7);
        assertEquals(a.printAll(), b.printAll());
    }

    @Test
    void minersWithoutHashPowerCannotRace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MiningRace.ofShares(new double[] {0, 0}, SimTime.ofSeconds(1)));
        assertEquals("the miners have no hash power between them: [0.0, 0.0]", e.getMessage());
    }
}
