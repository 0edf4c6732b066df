package layers.exercises.zk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;
import layers.l1.keys.Secp256k1;
import layers.l2.zk.sigma.SigmaProver;
import layers.l2.zk.sigma.SigmaSimulator;
import layers.l2.zk.sigma.SigmaTranscript;
import layers.l2.zk.sigma.SigmaVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "zk.schnorr",
        title = "Reject forged Schnorr proofs",
        contract = SchnorrCheck.class,
        statement = """
                Schnorr's proof of knowledge of x with P = x·G is a transcript (R, c, s). Write \
                `accepts(P, transcript)`: true exactly when c and s are in 0..n−1 (n = `Secp256k1.N`) and \
                `s·G = R + c·P`.""",
        hints = {
            "Range first: `x.signum() >= 0 && x.compareTo(Secp256k1.N) < 0` for c and s.",
            "`Secp256k1.multiplyG(s)` is s·G; `p.point().multiply(c)` is c·P; `R.add(Q)` adds points.",
            "Compare `left.normalize().equals(right.normalize())`."
        })
class SchnorrCheckTest {

    private static final PrivateKey KEY = PrivateKey.random(new Random(1));
    private static final PublicKey P = KEY.publicKey();

    private final SchnorrCheck check = Implementation.of(SchnorrCheck.class);

    private static SigmaTranscript honest(long seed) {
        Random rng = new Random(seed);
        return new SigmaProver(KEY, rng).run(SigmaVerifier.challenge(rng));
    }

    @Test
    @Points(1)
    @DisplayName("honest transcripts are accepted")
    void honestAccepted() {
        for (int seed = 0; seed < 5; seed++) {
            assertTrue(check.accepts(P, honest(seed)), "an honest transcript (seed " + seed + ")");
        }
    }

    @Test
    @Points(2)
    @DisplayName("a transcript with R, c or s changed, or made with another key, is rejected")
    void forgedRejected() {
        SigmaTranscript t = honest(9);
        assertFalse(check.accepts(P, new SigmaTranscript(t.commitment().twice(), t.challenge(), t.response())),
                "R doubled");
        assertFalse(check.accepts(P, new SigmaTranscript(t.commitment(), t.challenge().add(BigInteger.ONE),
                t.response())), "c + 1");
        assertFalse(check.accepts(P, new SigmaTranscript(t.commitment(), t.challenge(),
                t.response().add(BigInteger.ONE))), "s + 1");
        Random rng = new Random(10);
        PrivateKey other = PrivateKey.random(rng);
        assertFalse(check.accepts(P, new SigmaProver(other, rng).run(SigmaVerifier.challenge(rng))),
                "a transcript of another key");
    }

    @Test
    @Points(1)
    @DisplayName("the simulator's transcripts, made without the secret, are accepted too: that is zero knowledge")
    void simulatedAccepted() {
        Random rng = new Random(11);
        for (int k = 0; k < 3; k++) {
            assertTrue(check.accepts(P, SigmaSimulator.simulate(P, rng)), "simulated transcript " + k);
        }
    }
}
