package layers.l1.network;

/**
 * The seeded random numbers every simulation draws from: SplitMix64 (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014), written out here so that a seed gives the same numbers on every JDK.
 *
 * <p>A simulation splits one seed into independent streams ({@link #split(long)}), one per purpose (the topology,
 * the mining race, ...), so that changing one parameter does not reshuffle the others: two runs that differ only in
 * the block interval see the same network and the same sequence of winning miners. Logarithms go through
 * {@link StrictMath}, whose results are the same on every platform.
 */
public final class SimRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    public SimRandom(long seed) {
        this.state = mix(seed);
    }

    /**
     * An independent stream for purpose {@code stream}. It depends only on this generator's current state and
     * {@code stream}, not on how many streams were split before, and does not advance this generator.
     */
    public SimRandom split(long stream) {
        return new SimRandom(state ^ mix(stream * GOLDEN_GAMMA + 0x632BE59BD9B4E019L));
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1), with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, {@code bound}). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        long u = nextLong() >>> 1;
        long r = u % bound;
        while (u - r + (bound - 1) < 0) { // u fell in the last, incomplete run of [0, bound): draw again
            u = nextLong() >>> 1;
            r = u % bound;
        }
        return (int) r;
    }

    /** True with probability {@code p}. */
    public boolean nextBoolean(double p) {
        return nextDouble() < p;
    }

    /** Exponentially distributed with mean 1: the waiting time of a Poisson process of rate 1. */
    public double nextStandardExponential() {
        return -StrictMath.log1p(-nextDouble());
    }

    /** Exponentially distributed with the given mean. */
    public double nextExponential(double mean) {
        return mean * nextStandardExponential();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
