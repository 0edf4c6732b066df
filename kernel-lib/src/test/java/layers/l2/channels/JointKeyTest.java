package layers.l2.channels;

import layers.l1.crypto.Sha256;
import layers.l1.keys.PrivateKey;
import layers.l1.signatures.Schnorr;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JointKeyTest {

    private final PrivateKey alice = ChannelFixture.ALICE.fundingKey();
    private final PrivateKey bob = ChannelFixture.BOB.fundingKey();
    private final PrivateKey mallory = PrivateKey.fromBigInteger(BigInteger.valueOf(12345));
    private final JointKey key = JointKey.keyAgg(alice.publicKey(), bob.publicKey());

    @Test
    void bothSharesMakeAnOrdinaryBip340Signature() {
        for (int i = 0; i < 20; i++) {
            byte[] message = Sha256.hash(("state " + i).getBytes(StandardCharsets.UTF_8)).bytes();
            CoSignature cosig = key.sign(alice, bob, message);
            assertNull(key.check(cosig, message));
            assertTrue(Schnorr.isValid(key.xOnly(), message, key.combine(cosig.first(), cosig.second())));
        }
    }

    @Test
    void theAggregateIsNeitherKeyNorTheirPlainSum() {
        assertNotEquals(alice.publicKey().xOnly(), key.xOnly());
        assertNotEquals(alice.publicKey().point().add(bob.publicKey().point()).normalize().getAffineXCoord()
                .toBigInteger(), new BigInteger(1, key.xOnly().bytes()));
    }

    @Test
    void aTamperedShareIsNamed() {
        byte[] message = Sha256.hash(new byte[] {1}).bytes();
        CoSignature cosig = key.sign(alice, bob, message);
        CoSignature bad = new CoSignature(cosig.first(), cosig.second().withS(cosig.second().s().add(BigInteger.ONE)));
        assertEquals("the share of " + bob.publicKey() + " does not verify", key.check(bad, message));
    }

    @Test
    void aShareForAnotherMessageDoesNotVerify() {
        byte[] message = Sha256.hash(new byte[] {1}).bytes();
        byte[] other = Sha256.hash(new byte[] {2}).bytes();
        CoSignature cosig = key.sign(alice, bob, other);
        assertEquals("the share of " + alice.publicKey() + " does not verify", key.check(cosig, message));
    }

    @Test
    void anOutsiderCannotSignForEitherParty() {
        byte[] message = Sha256.hash(new byte[] {3}).bytes();
        assertThrows(IllegalArgumentException.class, () -> key.sign(alice, mallory, message));
        PartialSignature real = key.sign(alice, bob, message).first();
        PartialSignature forged = new PartialSignature(mallory.publicKey(), real.nonce(), real.s());
        assertFalse(key.partialVerify(forged, key.noncePoint(bob, message), message));
    }

    @Test
    void twoEqualKeysAreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> JointKey.keyAgg(alice.publicKey(), alice.publicKey()));
        assertTrue(e.getMessage().startsWith("a 2-of-2 key needs two different keys"));
    }
}
