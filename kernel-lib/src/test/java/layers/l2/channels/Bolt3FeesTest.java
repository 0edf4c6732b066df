package layers.l2.channels;

import layers.l1.ledger.Amount;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** BOLT 3 "Fee Calculation" and Appendix A, computed from the byte counts and checked against BOLT 3's totals. */
class Bolt3FeesTest {

    @Test
    void commitmentWeightIs724Plus172PerHtlc() {
        assertEquals(724, Bolt3Fees.commitmentWeight(0));
        assertEquals(724 + 172, Bolt3Fees.commitmentWeight(1));
        assertEquals(724 + 172 * 5, Bolt3Fees.commitmentWeight(5));
    }

    @Test
    void appendixAPartsAddUp() {
        assertEquals(71, Bolt3Fees.MULTISIG_SCRIPT);
        assertEquals(222, Bolt3Fees.FUNDING_WITNESS);
        assertEquals(41, Bolt3Fees.FUNDING_INPUT);
        assertEquals(43, Bolt3Fees.TO_LOCAL_OUTPUT);
        assertEquals(31, Bolt3Fees.TO_REMOTE_OUTPUT);
    }

    /** BOLT 3's example: feerate_per_kw 5000, two untrimmed HTLCs of four. */
    @Test
    void bolt3Example() {
        assertEquals(Amount.sats(3315), Bolt3Fees.fee(5000, Bolt3Fees.htlcTimeoutWeight()));
        assertEquals(Amount.sats(3515), Bolt3Fees.fee(5000, Bolt3Fees.htlcSuccessWeight()));
        assertEquals(1068, Bolt3Fees.commitmentWeight(2));
        assertEquals(Amount.sats(5340), Bolt3Fees.commitmentFee(5000, 2));
    }

    /** Appendix C, "commitment tx with fee greater than funder amount": base fee 6988001 at 9651936 sat/kw. */
    @Test
    void appendixCBaseFeesRoundDown() {
        assertEquals(Amount.sats(6_987_455), Bolt3Fees.commitmentFee(9_651_181, 0));
        assertEquals(Amount.sats(6_988_001), Bolt3Fees.commitmentFee(9_651_936, 0));
    }

    @Test
    void negativeInputsAreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> Bolt3Fees.commitmentWeight(-1));
        assertEquals("a number of HTLC outputs cannot be negative: -1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Bolt3Fees.fee(-1, 724));
    }

    @Test
    void vsizeRoundsUp() {
        assertEquals(181, Bolt3Fees.vsize(724));
        assertEquals(182, Bolt3Fees.vsize(725));
    }
}
