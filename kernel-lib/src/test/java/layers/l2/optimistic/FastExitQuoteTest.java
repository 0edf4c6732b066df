package layers.l2.optimistic;

import layers.l1.fees.Wei;
import layers.l1.network.SimTime;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FastExitQuoteTest {

    @Test
    void theFeeIsCapitalCostPlusRiskPlusGas() {
        // 10 ether for 7 days at 5 % a year: 10 × 0.05 × 7/365 = 0.00958904109589041 ether (rounded down in wei)
        FastExitQuote q = FastExitQuote.of(Wei.ether(10), AssertionChain.DEFAULT_WINDOW, 500, 10, Wei.gwei(1_000_000));
        assertEquals(Wei.of(9_589_041_095_890_410L), q.capitalCost());
        assertEquals(Wei.of(10_000_000_000_000_000L), q.riskPremium(), "10 bp of 10 ether");
        assertEquals(Wei.of(9_589_041_095_890_410L + 10_000_000_000_000_000L + 1_000_000_000_000_000L), q.fee());
        assertEquals(Wei.ether(10).minus(q.fee()), q.payout());
    }

    @Test
    void aShorterWindowCostsLess() {
        FastExitQuote week = FastExitQuote.of(Wei.ether(1), AssertionChain.DEFAULT_WINDOW, 500, 0, Wei.ZERO);
        FastExitQuote day = FastExitQuote.of(Wei.ether(1), SimTime.ofSeconds(86_400), 500, 0, Wei.ZERO);
        assertEquals(day.capitalCost().value().multiply(java.math.BigInteger.valueOf(7)).divide(
                java.math.BigInteger.TEN).divide(java.math.BigInteger.TEN),
                week.capitalCost().value().divide(java.math.BigInteger.valueOf(100)));
        assertTrue(day.fee().isLessThan(week.fee()));
    }

    @Test
    void badInputIsNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> FastExitQuote.of(Wei.gwei(1), AssertionChain.DEFAULT_WINDOW, 500, 0, Wei.gwei(2)));
        assertTrue(e.getMessage().contains("exceeds the amount"), e.getMessage());
        var neg = assertThrows(IllegalArgumentException.class,
                () -> FastExitQuote.of(Wei.ether(1), AssertionChain.DEFAULT_WINDOW, -1, 0, Wei.ZERO));
        assertTrue(neg.getMessage().contains("-1"), neg.getMessage());
    }
}
