package layers.l2.zk.transcript;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiatShamirTranscriptTest {

    @Test
    void sameMessagesGiveSameChallenges() {
        FiatShamirTranscript a = new FiatShamirTranscript("test");
        FiatShamirTranscript b = new FiatShamirTranscript("test");
        a.absorb("root", new byte[] {1, 2, 3});
        b.absorb("root", new byte[] {1, 2, 3});
        assertEquals(a.challengeExt(), b.challengeExt());
        assertEquals(a.challengeIndex(1024), b.challengeIndex(1024));
    }

    @Test
    void anyChangedMessageOrLabelOrDomainChangesTheChallenge() {
        long base = challenge("test", "root", new byte[] {1, 2, 3});
        assertNotEquals(base, challenge("test", "root", new byte[] {1, 2, 4}));
        assertNotEquals(base, challenge("test", "roof", new byte[] {1, 2, 3}));
        assertNotEquals(base, challenge("other", "root", new byte[] {1, 2, 3}));
    }

    @Test
    void successiveChallengesDiffer() {
        FiatShamirTranscript t = new FiatShamirTranscript("test");
        assertNotEquals(t.challengeField(), t.challengeField());
    }

    @Test
    void grindingFindsANonceTheCheckAcceptsAndTheCheckRefusesOthers() {
        FiatShamirTranscript t = new FiatShamirTranscript("grind");
        long nonce = t.grind(12);
        assertTrue(t.checkGrinding(nonce, 12));
        int refused = 0;
        for (long other = 0; other < nonce; other++) {
            refused += t.checkGrinding(other, 12) ? 0 : 1;
        }
        assertEquals(nonce, refused, "grind returns the smallest nonce");
        assertFalse(t.checkGrinding(nonce, 40));
    }

    @Test
    void leadingZeroBitsCountsAcrossBytes() {
        assertEquals(8 + 3, FiatShamirTranscript.leadingZeroBits(new byte[] {0, 0x10, 1}));
        assertEquals(16, FiatShamirTranscript.leadingZeroBits(new byte[] {0, 0}));
    }

    @Test
    void indexBoundMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new FiatShamirTranscript("x").challengeIndex(12));
    }

    private static long challenge(String domain, String label, byte[] data) {
        FiatShamirTranscript t = new FiatShamirTranscript(domain);
        t.absorb(label, data);
        return t.challengeField();
    }
}
