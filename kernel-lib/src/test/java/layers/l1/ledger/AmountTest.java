package layers.l1.ledger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AmountTest {

    @Test
    void maxMoneyIsTwentyOneMillionBitcoinInSatoshis() {
        assertEquals(2_100_000_000_000_000L, Amount.MAX_MONEY);
    }

    @Test
    void negativeAmountIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Amount.sats(-1));
        assertEquals("an amount cannot be negative: -1 sat", e.getMessage());
    }

    @Test
    void amountAboveTheCapIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Amount.sats(Amount.MAX_MONEY + 1));
        assertEquals("an amount cannot exceed 21 million bitcoin (2100000000000000 sat): 2100000000000001 sat",
                e.getMessage());
    }

    @Test
    void sumAboveTheCapIsRefused() {
        Amount max = Amount.sats(Amount.MAX_MONEY);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> max.plus(Amount.sats(1)));
        assertEquals("2100000000000000 sat + 1 sat exceeds 21 million bitcoin", e.getMessage());
    }

    @Test
    void differenceBelowZeroIsRefused() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Amount.sats(1).minus(Amount.sats(2)));
        assertEquals("1 sat - 2 sat would be negative", e.getMessage());
    }

    @Test
    void arithmeticIsExact() {
        assertEquals(Amount.sats(Amount.MAX_MONEY), Amount.sats(Amount.MAX_MONEY - 1).plus(Amount.sats(1)));
        assertEquals(Amount.sats(1), Amount.bitcoin(1).minus(Amount.sats(99_999_999)));
    }

    @Test
    void bitcoinStringUsesEightDecimals() {
        assertEquals("50.00000000 BTC", Amount.bitcoin(50).toBitcoinString());
        assertEquals("0.00001234 BTC", Amount.sats(1234).toBitcoinString());
    }
}
