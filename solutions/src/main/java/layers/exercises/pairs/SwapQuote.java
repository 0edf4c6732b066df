package layers.exercises.pairs;

/** What a constant-product pool pays out. */
public interface SwapQuote {

    /**
     * Uniswap v2's {@code getAmountOut}: {@code amountIn·997·reserveOut / (reserveIn·1000 + amountIn·997)}, rounded
     * down, computed without overflow.
     *
     * @throws IllegalArgumentException if {@code amountIn} is not positive or a reserve is not positive
     */
    long amountOut(long amountIn, long reserveIn, long reserveOut);
}
