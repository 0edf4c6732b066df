package layers.exercises.optimistic;

import java.math.BigInteger;
import layers.l1.fees.Wei;
import layers.l1.network.SimTime;

/**
 * Exercise {@code optimistic.fastexit}: price a fast exit.
 * Write {@link #fee}, then grade it: {@code ./course grade optimistic.fastexit}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Work in {@code BigInteger}: {@code amount.value()}; the window's whole seconds are
 *       {@code window.micros() / 1_000_000}.</li>
 *   <li>Multiply everything first, divide once at the end of each part ({@code BigInteger.divide} rounds down), so
 *       nothing is lost to an early rounding.</li>
 *   <li>{@code Wei.of(BigInteger)} makes the result; {@code plus}, {@code isGreaterThan} compare and add.</li>
 * </ol>
 */
public class MyFastExitPricer implements FastExitPricer {

    @Override
    public Wei fee(Wei amount, SimTime window, int annualRateBps, int riskPremiumBps, Wei gasCost) {
        throw new UnsupportedOperationException("exercise optimistic.fastexit: not written yet — see the hints above");
    }
}
