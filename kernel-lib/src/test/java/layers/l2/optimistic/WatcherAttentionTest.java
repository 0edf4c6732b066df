package layers.l2.optimistic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatcherAttentionTest {

    @Test
    void theExactFormulaMatchesHandCases() {
        assertEquals(1.0, new WatcherAttention(0, 0.5, 0, 0).unchallenged(100), 0, "no watchers, no challenge");
        assertEquals(Math.pow(0.9, 30), new WatcherAttention(3, 0.1, 0, 0).unchallenged(10), 1e-15);
        // one watcher, offline half the days, checks every hour when online: misses a day with probability 1/2
        assertEquals(Math.pow(0.5, 7), new WatcherAttention(1, 1.0, 0.5, 0).unchallenged(7 * 24), 1e-15);
        assertEquals(1.0, new WatcherAttention(50, 0.5, 0, 48).unchallenged(48), 0, "censored through the window");
    }

    @Test
    void theSimulationAgreesWithTheFormula() {
        WatcherAttention m = new WatcherAttention(5, 0.01, 0.3, 12);
        for (int hours : List.of(24, 72, 168)) {
            double exact = m.unchallenged(hours);
            double sim = m.simulate(hours, 20_000, 9);
            double sd = Math.sqrt(exact * (1 - exact) / 20_000);
            assertTrue(Math.abs(sim - exact) <= 4 * sd + 1e-9, hours + " h: exact " + exact + ", simulated " + sim);
        }
        assertEquals(m.simulate(72, 1000, 3), m.simulate(72, 1000, 3), "same seed, same result");
    }

    @Test
    void shorteningTheWindowRaisesTheChanceFraudGoesUnchallenged() {
        WatcherAttention m = new WatcherAttention(10, 0.005, 0.4, 24);
        double previous = 1.0;
        for (int days = 1; days <= 14; days++) {
            double p = m.unchallenged(days * 24);
            assertTrue(p <= previous, days + " days: " + p + " > " + previous);
            previous = p;
        }
        assertTrue(m.unchallenged(24) == 1.0 && m.unchallenged(7 * 24) < 0.01,
                "a day is lost to censorship; a week is not: " + m.unchallenged(7 * 24));
        assertEquals(3, m.sweep(List.of(24, 72, 168), 100, 1).rowCount());
    }

    @Test
    void badParametersAreNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> new WatcherAttention(3, 1.5, 0, 0));
        assertTrue(e.getMessage().contains("checkPerHour"), e.getMessage());
    }
}
