package layers.l1.execution;

import java.math.BigInteger;

/**
 * The constant-product market maker of Uniswap v2 (Adams, Zinsmeister and Robinson, "Uniswap v2 Core", 2020): a
 * pool holds reserves {@code x} and {@code y} of two tokens and trades so that {@code x · y} does not fall, after a
 * 0.3% fee on the input. Integer arithmetic rounding down, as the contracts do.
 */
public final class ConstantProduct {

    /** The fee is 3/1000 of the input: the input counts 997/1000. Source: UniswapV2Library, {@code amountIn.mul(997)}. */
    public static final long FEE_NUMERATOR = 997;
    public static final long FEE_DENOMINATOR = 1_000;

    private ConstantProduct() {
    }

    /**
     * The most of the other token that {@code amountIn} buys: {@code amountIn·997·reserveOut / (reserveIn·1000 +
     * amountIn·997)}, rounded down. Source: Uniswap v2-periphery, {@code UniswapV2Library.getAmountOut}.
     *
     * @throws IllegalArgumentException with the library's message if the input is zero
     *                                  ({@code INSUFFICIENT_INPUT_AMOUNT}) or a reserve is empty
     *                                  ({@code INSUFFICIENT_LIQUIDITY})
     */
    public static TokenAmount getAmountOut(TokenAmount amountIn, TokenAmount reserveIn, TokenAmount reserveOut) {
        if (amountIn.isZero()) {
            throw new IllegalArgumentException("UniswapV2Library: INSUFFICIENT_INPUT_AMOUNT");
        }
        if (reserveIn.isZero() || reserveOut.isZero()) {
            throw new IllegalArgumentException("UniswapV2Library: INSUFFICIENT_LIQUIDITY");
        }
        BigInteger amountInWithFee = amountIn.value().multiply(BigInteger.valueOf(FEE_NUMERATOR));
        BigInteger numerator = amountInWithFee.multiply(reserveOut.value());
        BigInteger denominator = reserveIn.value().multiply(BigInteger.valueOf(FEE_DENOMINATOR)).add(amountInWithFee);
        return TokenAmount.of(numerator.divide(denominator));
    }

    /**
     * The pair's own check after a swap, with the fee taken from the input: {@code (balanceIn·1000 - amountIn·3) ·
     * balanceOut·1000 >= reserveIn · reserveOut · 1000²}, where the balances are the reserves after the trade.
     * Source: Uniswap v2-core, {@code UniswapV2Pair.swap}, "UniswapV2: K".
     */
    public static boolean kInvariantHolds(TokenAmount reserveIn, TokenAmount reserveOut, TokenAmount amountIn,
                                          TokenAmount amountOut) {
        BigInteger thousand = BigInteger.valueOf(FEE_DENOMINATOR);
        BigInteger balanceIn = reserveIn.value().add(amountIn.value());
        BigInteger balanceOut = reserveOut.value().subtract(amountOut.value());
        if (balanceOut.signum() < 0) {
            return false;
        }
        BigInteger adjustedIn = balanceIn.multiply(thousand)
                .subtract(amountIn.value().multiply(BigInteger.valueOf(FEE_DENOMINATOR - FEE_NUMERATOR)));
        BigInteger adjustedOut = balanceOut.multiply(thousand);
        return adjustedIn.multiply(adjustedOut)
                .compareTo(reserveIn.value().multiply(reserveOut.value()).multiply(thousand.pow(2))) >= 0;
    }
}
