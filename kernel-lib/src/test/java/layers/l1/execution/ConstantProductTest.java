package layers.l1.execution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uniswap v2's getAmountOut against values worked out by hand. */
class ConstantProductTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // 10,000·997 = 9,970,000; ·2,000,000 = 19,940,000,000,000; / (1,000,000,000 + 9,970,000) = 19,743.16
            "'1% of a 1M:2M pool', 10000, 1000000, 2000000, 19743",
            // without the fee it would be 2,000,000·10,000/1,010,000 = 19,801.98
            // 997·1,000 / (1,000,000 + 997) = 0.996: rounds down to nothing
            "'a unit into 1000:1000 buys nothing', 1, 1000, 1000, 0",
            // 1,000·997 = 997,000; ·1,000 = 997,000,000; / (1,000,000 + 997,000) = 499.25
            "'as much as the reserve', 1000, 1000, 1000, 499",
            // 5·997·100 = 498,500; / (10,000 + 4,985) = 33.26
            "'small numbers', 5, 10, 100, 33",
    })
    void getAmountOut(String description, long in, long reserveIn, long reserveOut, long expected) {
        assertEquals(TokenAmount.of(expected), ConstantProduct.getAmountOut(TokenAmount.of(in), TokenAmount.of(reserveIn),
                TokenAmount.of(reserveOut)), description);
    }

    @Test
    void theAmountOutKeepsKAndOneUnitMoreBreaksIt() {
        TokenAmount in = TokenAmount.of(10_000);
        TokenAmount rIn = TokenAmount.of(1_000_000);
        TokenAmount rOut = TokenAmount.of(2_000_000);
        assertTrue(ConstantProduct.kInvariantHolds(rIn, rOut, in, TokenAmount.of(19_743)));
        assertFalse(ConstantProduct.kInvariantHolds(rIn, rOut, in, TokenAmount.of(19_744)));
        assertFalse(ConstantProduct.kInvariantHolds(rIn, rOut, in, TokenAmount.of(2_000_001)));
    }

    @Test
    void theLibrarysErrors() {
        assertEquals("UniswapV2Library: INSUFFICIENT_INPUT_AMOUNT", assertThrows(IllegalArgumentException.class,
                () -> ConstantProduct.getAmountOut(TokenAmount.ZERO, TokenAmount.of(1), TokenAmount.of(1))).getMessage());
        assertEquals("UniswapV2Library: INSUFFICIENT_LIQUIDITY", assertThrows(IllegalArgumentException.class,
                () -> ConstantProduct.getAmountOut(TokenAmount.of(1), TokenAmount.ZERO, TokenAmount.of(1))).getMessage());
    }
}
