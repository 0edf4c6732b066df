package layers.exercises.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Hash;
import layers.l1.keys.Secp256k1;
import layers.l2.channels.ChannelParty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "channels.detect-revoked",
        title = "Detect a revoked state",
        contract = RevokedStateDetector.class,
        statement = """
                Every commitment transaction is built from a `per_commitment_point`, and revoking it reveals the \
                `per_commitment_secret` with `per_commitment_point = per_commitment_secret * G` (BOLT 3). Write \
                `revokedNumber(publishedPoint, revealed)`: the commitment number whose revealed secret gives \
                `publishedPoint`, or empty if none does (the published state is the current one). Skip a revealed \
                value that is not a valid secret key.""",
        hints = {
            "For each revealed secret, compute its point and compare it with the published one.",
            "`PrivateKey.fromBytes(secret.bytes()).publicKey()` is `secret * G`.",
            "`fromBytes` throws `IllegalArgumentException` for 0 or a number >= n: catch it and skip."
        })
class RevokedStateDetectorTest {

    private static final ChannelParty ALICE = ChannelParty.fromSeed("Alice", 1);
    private final RevokedStateDetector detector = Implementation.of(RevokedStateDetector.class);

    private static Map<Long, Hash> revealed(int upTo) {
        Map<Long, Hash> secrets = new LinkedHashMap<>();
        for (long n = 0; n < upTo; n++) {
            secrets.put(n, ALICE.perCommitmentSecret(n));
        }
        return secrets;
    }

    @Test
    @Points(2)
    @DisplayName("a revoked commitment is recognised by its point")
    void revoked() {
        assertEquals(Optional.of(3L), detector.revokedNumber(ALICE.perCommitmentPoint(3), revealed(10)),
                "Alice's commitment 3, secrets 0..9 revealed");
        assertEquals(Optional.of(0L), detector.revokedNumber(ALICE.perCommitmentPoint(0), revealed(1)),
                "commitment 0, secret 0 revealed");
    }

    @Test
    @Points(1)
    @DisplayName("the current commitment is not revoked")
    void current() {
        assertEquals(Optional.empty(), detector.revokedNumber(ALICE.perCommitmentPoint(10), revealed(10)),
                "Alice's commitment 10, secrets 0..9 revealed");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("a value that is no secret key is skipped, not thrown")
    void invalidSecretsAreSkipped() {
        Map<Long, Hash> secrets = new LinkedHashMap<>();
        secrets.put(0L, Hash.ZERO);
        secrets.put(1L, Hash.of(Secp256k1.bytes(Secp256k1.N)));
        secrets.put(2L, ALICE.perCommitmentSecret(2));
        assertEquals(Optional.of(2L), detector.revokedNumber(ALICE.perCommitmentPoint(2), secrets),
                "secrets 0 and n before the real one");
        assertEquals(Optional.empty(), detector.revokedNumber(ChannelParty.fromSeed("Bob", 2).perCommitmentPoint(2),
                secrets), "Bob's point among Alice's secrets");
    }
}
