package layers.l2.htlc;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtlcTest {

    private final Hash preimage = Sha256.hash(new byte[] {42});
    private final Htlc htlc = new Htlc(Htlc.paymentHash(preimage), Msat.sats(1_000), 800_018);

    @Test
    void theRightPreimageBeforeExpiryClaims() {
        assertEquals(Verdict.valid(), htlc.fulfill(preimage, 800_017));
        assertEquals(Htlc.Status.FULFILLED, htlc.status());
    }

    @Test
    void aWrongPreimageIsRejected() {
        Verdict v = htlc.fulfill(Sha256.hash(new byte[] {43}), 800_000);
        assertTrue(v.isRejectedFor(HtlcRule.WRONG_PREIMAGE), v.toString());
        assertEquals(Htlc.Status.PENDING, htlc.status());
    }

    @Test
    void thePaymentHashItselfIsNoPreimage() {
        assertTrue(htlc.fulfill(htlc.paymentHash(), 800_000).isRejectedFor(HtlcRule.WRONG_PREIMAGE));
    }

    @Test
    void aClaimAtOrAfterExpiryIsRejected() {
        Verdict v = htlc.fulfill(preimage, 800_018);
        assertTrue(v.isRejectedFor(HtlcRule.HTLC_EXPIRED));
        assertEquals("claimed at height 800018, the HTLC expired at 800018", v.detail().orElseThrow());
    }

    @Test
    void aTimeoutBeforeExpiryIsRejected() {
        Verdict v = htlc.timeout(800_010);
        assertTrue(v.isRejectedFor(HtlcRule.NOT_YET_EXPIRED));
        assertEquals("timed out at height 800010, but cltv_expiry is 800018 (8 blocks to go)", v.detail().orElseThrow());
        assertEquals(Verdict.valid(), htlc.timeout(800_018));
    }

    @Test
    void anHtlcIsResolvedOnce() {
        htlc.fulfill(preimage, 800_000);
        assertTrue(htlc.timeout(900_000).isRejectedFor(HtlcRule.ALREADY_RESOLVED));
        assertTrue(htlc.fail().isRejectedFor(HtlcRule.ALREADY_RESOLVED));
    }

    @Test
    void zeroAmountsAreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Htlc(htlc.paymentHash(), Msat.ZERO, 1));
        assertEquals("an HTLC carries more than 0 msat", e.getMessage());
    }

    @Test
    void bolt7FeeRoundsDown() {
        ChannelPolicy p = new ChannelPolicy(1_000, 1, 40);
        assertEquals(Msat.of(1_000), p.fee(Msat.of(999_999)));
        assertEquals(Msat.of(1_001), p.fee(Msat.of(1_000_000)));
        assertEquals(Msat.of(1_000 + 5_000), new ChannelPolicy(1_000, 500, 40).fee(Msat.sats(10_000)));
        assertEquals(6_000, new ChannelPolicy(1_000, 500, 40).feeMsat(10_000_000));
    }
}
