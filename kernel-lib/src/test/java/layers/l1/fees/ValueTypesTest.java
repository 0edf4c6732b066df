package layers.l1.fees;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gas, Wei and Usd: validated on construction, exact, with messages that name the bad value. */
class ValueTypesTest {

    @Test
    void negativeAmountsAreRefusedByName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Gas.of(-1)).getMessage().contains("-1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Wei.of(-5)).getMessage().contains("-5"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Usd.cents(-7)).getMessage().contains("-7"));
    }

    @Test
    void weiIsAUint256() {
        assertEquals(Wei.MAX, Wei.of(Wei.MAX).value());
        assertThrows(IllegalArgumentException.class, () -> Wei.of(Wei.MAX.add(BigInteger.ONE)));
        assertThrows(IllegalArgumentException.class, () -> Wei.of(Wei.MAX).plus(Wei.ONE));
    }

    @Test
    void gasArithmeticIsExact() {
        assertEquals(Gas.of(42_000), Gas.TRANSACTION.times(2));
        assertThrows(ArithmeticException.class, () -> Gas.of(Long.MAX_VALUE).plus(Gas.of(1)));
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Gas.of(1).minus(Gas.of(2)));
        assertTrue(e.getMessage().contains("1 gas - 2 gas"));
        assertEquals(Gas.of(7), Gas.of(15).dividedBy(2));
    }

    @Test
    void weiConvertsExactlyForDisplay() {
        assertEquals(Wei.of(30_000_000_000L), Wei.gwei(30));
        assertEquals("0.000630000000000000 ETH", Wei.gwei(30).times(Gas.TRANSACTION).toEtherString());
        assertEquals(30.0, Wei.gwei(30).toGwei());
        assertEquals(Wei.ZERO, Wei.of(3).saturatingMinus(Wei.of(4)));
        assertThrows(ArithmeticException.class, () -> Wei.of(Long.MAX_VALUE).plus(Wei.ONE).longValueExact());
    }

    @Test
    void dollarsRoundDownToTheCent() {
        // 150,000 gas at 200 Gwei = 0.03 ETH; at $3,000 per ether: $90, the seed's "$50-100 swap"
        Wei fee = Wei.gwei(200).times(Gas.of(150_000));
        assertEquals(Usd.dollars(90), Usd.ofEther(fee, Usd.dollars(3_000)));
        assertEquals(Usd.cents(33), Usd.ofEther(Wei.of(1_111_111_111_111_111L), Usd.cents(30_000)));
        assertEquals("$1,234.56", Usd.cents(123_456).toString());
        assertEquals(Usd.cents(1), Usd.ofSatoshis(1_000, Usd.dollars(1_000)));
    }
}
