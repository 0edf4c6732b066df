package layers.l1.fees;

import layers.l1.network.SimRandom;

/** Random draws the fee market needs beyond {@link SimRandom}'s, through {@link StrictMath} so every JDK agrees. */
final class Draws {

    private Draws() {
    }

    /** A standard normal draw (Box-Muller, one value per two uniforms). */
    static double standardNormal(SimRandom random) {
        double u1 = 1.0 - random.nextDouble(); // (0, 1]
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** Log-normal with the given median and log standard deviation, rounded to a whole number, at least 1. */
    static long logNormal(SimRandom random, long median, double sigma) {
        double x = median * StrictMath.exp(sigma * standardNormal(random));
        return Math.max(1, Math.round(Math.min(x, 9.0e18)));
    }
}
