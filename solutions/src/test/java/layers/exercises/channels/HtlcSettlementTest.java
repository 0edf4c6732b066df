package layers.exercises.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import layers.exercises.channels.HtlcSettlement.Decision;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "channels.settle-htlc",
        title = "Settle or fail an HTLC",
        contract = HtlcSettlement.class,
        statement = """
                Write `decide(paymentHash, cltvExpiry, preimage, height)`: `FULFILL` if the receiver holds a valid \
                preimage (its SHA-256 is the payment hash) and the HTLC has not expired (`height < cltvExpiry`); \
                `TIMEOUT` once it has expired (`height >= cltvExpiry`: from then on only the offerer can claim); \
                `WAIT` otherwise. `preimage` may be `null`; an invalid preimage counts as none.""",
        hints = {
            "A preimage is valid if it is not null and `Sha256.hash(preimage.bytes())` equals the payment hash.",
            "Check the expiry first.",
            "Before expiry: valid preimage, FULFILL; anything else, WAIT."
        })
class HtlcSettlementTest {

    private static final Hash PREIMAGE = Sha256.hash(new byte[] {1, 2, 3});
    private static final Hash HASH = Sha256.hash(PREIMAGE.bytes());
    private final HtlcSettlement settlement = Implementation.of(HtlcSettlement.class);

    @Test
    @Points(1)
    @DisplayName("the right preimage before expiry fulfils")
    void fulfil() {
        assertEquals(Decision.FULFILL, settlement.decide(HASH, 1_000, PREIMAGE, 999), "valid preimage at 999, expiry 1000");
    }

    @Test
    @Points(1)
    @DisplayName("no preimage before expiry waits")
    void waits() {
        assertEquals(Decision.WAIT, settlement.decide(HASH, 1_000, null, 500), "no preimage at 500");
    }

    @Test
    @Points(1)
    @DisplayName("at expiry the offerer takes it back")
    void timeout() {
        assertEquals(Decision.TIMEOUT, settlement.decide(HASH, 1_000, null, 1_000), "no preimage at 1000, expiry 1000");
        assertEquals(Decision.TIMEOUT, settlement.decide(HASH, 1_000, PREIMAGE, 1_000), "valid preimage too late");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("a wrong preimage, even the hash itself, is no preimage")
    void wrongPreimage() {
        assertEquals(Decision.WAIT, settlement.decide(HASH, 1_000, HASH, 10), "the payment hash as preimage");
        assertEquals(Decision.WAIT, settlement.decide(HASH, 1_000, Sha256.hash(new byte[] {1, 2, 4}), 10), "another value");
        assertEquals(Decision.TIMEOUT, settlement.decide(HASH, 1_000, HASH, 5_000), "wrong preimage after expiry");
    }
}
