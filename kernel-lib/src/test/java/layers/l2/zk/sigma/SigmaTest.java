package layers.l2.zk.sigma;

import layers.core.Verdict;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;
import layers.l1.keys.Secp256k1;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigmaTest {

    private static final PrivateKey KEY = PrivateKey.random(new SplittableRandom(1));
    private static final PublicKey P = KEY.publicKey();
    private static final byte[] CONTEXT = "withdraw 5 to account 3".getBytes(StandardCharsets.UTF_8);

    @Test
    void honestInteractiveRunIsAccepted() {
        SplittableRandom rng = new SplittableRandom(2);
        SigmaTranscript t = new SigmaProver(KEY, rng).run(SigmaVerifier.challenge(rng));
        assertTrue(SigmaVerifier.check(P, t).isValid());
    }

    @Test
    void proverWithoutTheSecretIsRejected() {
        SplittableRandom rng = new SplittableRandom(3);
        PrivateKey impostor = PrivateKey.random(rng);
        SigmaTranscript t = new SigmaProver(impostor, rng).run(SigmaVerifier.challenge(rng));
        assertTrue(SigmaVerifier.check(P, t).isRejectedFor(SigmaRule.VERIFICATION_EQUATION));
    }

    @Test
    void eachTamperedMessageIsRejected() {
        SplittableRandom rng = new SplittableRandom(4);
        SigmaTranscript t = new SigmaProver(KEY, rng).run(SigmaVerifier.challenge(rng));
        assertTrue(SigmaVerifier.check(P, new SigmaTranscript(t.commitment().add(Secp256k1.G), t.challenge(),
                t.response())).isRejectedFor(SigmaRule.VERIFICATION_EQUATION), "R");
        assertTrue(SigmaVerifier.check(P, new SigmaTranscript(t.commitment(), t.challenge().add(BigInteger.ONE),
                t.response())).isRejectedFor(SigmaRule.VERIFICATION_EQUATION), "c");
        assertTrue(SigmaVerifier.check(P, new SigmaTranscript(t.commitment(), t.challenge(),
                t.response().add(BigInteger.ONE).mod(Secp256k1.N))).isRejectedFor(SigmaRule.VERIFICATION_EQUATION),
                "s");
        assertTrue(SigmaVerifier.check(P, new SigmaTranscript(t.commitment(), t.challenge(),
                t.response().add(Secp256k1.N))).isRejectedFor(SigmaRule.OUT_OF_RANGE), "s + n");
    }

    @Test
    void simulatorMakesAcceptingTranscriptsWithoutTheSecret() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 20; i++) {
            Verdict v = SigmaVerifier.check(P, SigmaSimulator.simulate(P, rng));
            assertTrue(v.isValid(), v.toString());
        }
    }

    @Test
    void responsesLookUniformWhetherRealOrSimulated() {
        // Each bit of s is 1 about half the time in both: s reveals nothing of x.
        SplittableRandom rng = new SplittableRandom(6);
        int realTop = 0;
        int simTop = 0;
        int runs = 400;
        BigInteger half = Secp256k1.N.shiftRight(1);
        for (int i = 0; i < runs; i++) {
            realTop += new SigmaProver(KEY, rng).run(SigmaVerifier.challenge(rng)).response().compareTo(half) > 0 ? 1 : 0;
            simTop += SigmaSimulator.simulate(P, rng).response().compareTo(half) > 0 ? 1 : 0;
        }
        assertTrue(Math.abs(realTop - runs / 2) < 60, "real responses above n/2: " + realTop);
        assertTrue(Math.abs(simTop - runs / 2) < 60, "simulated responses above n/2: " + simTop);
    }

    @Test
    void twoChallengesForOneCommitmentRevealTheSecret() {
        SplittableRandom rng = new SplittableRandom(7);
        SigmaProver prover = new SigmaProver(KEY, rng);
        var r = prover.commit();
        BigInteger c1 = BigInteger.valueOf(11);
        SigmaTranscript a = new SigmaTranscript(r, c1, prover.respond(c1));
        assertThrows(IllegalStateException.class, () -> prover.respond(BigInteger.TWO),
                "the prover refuses a second challenge for the same commitment");
        // A careless prover that reuses its nonce: rebuild the second answer from the same r.
        BigInteger rNonce = a.response().subtract(c1.multiply(KEY.secret())).mod(Secp256k1.N);
        BigInteger c2 = BigInteger.valueOf(29);
        SigmaTranscript b = new SigmaTranscript(r, c2, rNonce.add(c2.multiply(KEY.secret())).mod(Secp256k1.N));
        assertEquals(KEY, SigmaExtractor.extract(a, b));
    }

    @Test
    void fiatShamirProofVerifiesOnlyForItsKeyAndContext() {
        SchnorrPok proof = SchnorrPok.prove(KEY, CONTEXT, new SplittableRandom(8));
        assertTrue(proof.verify(P, CONTEXT).isValid());
        assertFalse(proof.verify(P, "withdraw 6 to account 3".getBytes(StandardCharsets.UTF_8)).isValid());
        assertFalse(proof.verify(PrivateKey.random(new SplittableRandom(9)).publicKey(), CONTEXT).isValid());
        assertFalse(new SchnorrPok(proof.commitment(), proof.response().add(BigInteger.ONE)).verify(P, CONTEXT)
                .isValid());
        assertFalse(new SchnorrPok(proof.commitment().twice(), proof.response()).verify(P, CONTEXT).isValid());
        assertEquals(65, proof.toBytes().length);
    }

    @Test
    void aSimulatedTranscriptIsNoFiatShamirProof() {
        // The simulator chose c before R; with Fiat–Shamir c must be the hash of R, which it cannot arrange.
        SigmaTranscript t = SigmaSimulator.simulate(P, new SplittableRandom(10));
        assertFalse(new SchnorrPok(t.commitment(), t.response()).verify(P, CONTEXT).isValid());
    }
}
