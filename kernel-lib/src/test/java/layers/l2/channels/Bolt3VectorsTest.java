package layers.l2.channels;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Hex;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** BOLT 3 Appendix D (per-commitment secret generation) and Appendix E (key derivation) test vectors. */
class Bolt3VectorsTest {

    private static final PrivateKey BASE_SECRET =
            PrivateKey.fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    private static final PrivateKey PER_COMMITMENT_SECRET =
            PrivateKey.fromHex("1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "generate_from_seed 0 final node, 0000000000000000000000000000000000000000000000000000000000000000, 281474976710655, 02a40c85b6f28da08dfdbe0926c53fab2de6d28c10301f8f7c4073d5e42e3148",
            "generate_from_seed FF final node, FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF, 281474976710655, 7cc854b54e3e0dcdb010d7a3fee464a9687be6e8db3be6854c475621e007a5dc",
            "generate_from_seed FF alternate bits 1, FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF, 11728124029610, 56f4008fb007ca9acf0e15b054d5c9fd12ee06cea347914ddbaed70d1c13a528",
            "generate_from_seed FF alternate bits 2, FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF, 93824992236885, 9015daaeb06dba4ccc05b91b2f73bd54405f2be9f217fbacd3c5ac2e62327d31",
            "generate_from_seed 01 last nontrivial node, 0101010101010101010101010101010101010101010101010101010101010101, 1, 915c75942a26bb3a433a8ce2cb0427c29ec6c1775cfc78328b57f6ba7bfeaa9c"})
    void generateFromSeed(String name, String seed, long index, String expected) {
        assertEquals(Hash.fromHex(expected), PerCommitmentSecret.generateFromSeed(Hex.decode(seed), index));
    }

    @Test
    void alternateBitIndicesAreTheHexOnesOfTheVectors() {
        assertEquals(0xaaaaaaaaaaaL, 11728124029610L);
        assertEquals(0x555555555555L, 93824992236885L);
    }

    @Test
    void storageVectorsAreTheSeedFfChainCountingDown() {
        byte[] ff = Hex.decode("FF".repeat(32));
        assertEquals(Hash.fromHex("c7518c8ae4660ed02894df8976fa1a3659c1a8b4b5bec0c4b872abeba4cb8964"),
                PerCommitmentSecret.generateFromSeed(ff, PerCommitmentSecret.indexOf(1)));
        assertEquals(Hash.fromHex("05cde6323d949933f7f7b78776bcc1ea6d9b31447732e3802e1f7ac44b650e17"),
                PerCommitmentSecret.generateFromSeed(ff, PerCommitmentSecret.indexOf(7)));
    }

    @Test
    void badSeedOrIndexIsRefusedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> PerCommitmentSecret.generateFromSeed(new byte[31], 1));
        assertEquals("a per-commitment seed has 32 bytes, not 31", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PerCommitmentSecret.generateFromSeed(new byte[32], 1L << 48));
        assertEquals("a per-commitment index is 0 to 2^48 - 1, not 281474976710656", e.getMessage());
    }

    @Test
    void pointsOfTheAppendixE() {
        assertEquals("036d6caac248af96f6afa7f904f550253a0f3ef3f5aa2fe6838a95b216691468e2",
                BASE_SECRET.publicKey().toString());
        assertEquals("025f7117a78150fe2ef97db7cfc83bd57b2e2c0d0dd25eaf467a4a1c2a45ce1486",
                PER_COMMITMENT_SECRET.publicKey().toString());
    }

    @Test
    void derivePubkey() {
        assertEquals("0235f2dbfaa89b57ec7b055afe29849ef7ddfeb1cefdb9ebdc43f5494984db29e5",
                Bolt3Keys.derivePubkey(BASE_SECRET.publicKey(), PER_COMMITMENT_SECRET.publicKey()).toString());
    }

    @Test
    void derivePrivkey() {
        PrivateKey localPrivkey = Bolt3Keys.derivePrivkey(BASE_SECRET, PER_COMMITMENT_SECRET.publicKey());
        assertEquals("cbced912d3b21bf196a766651e436aff192362621ce317704ea2f75d87e7be0f",
                Hex.encode(localPrivkey.secretBytes()));
    }

    @Test
    void revocationPubkey() {
        assertEquals("02916e326636d19c33f13e8c0c3a03dd157f332f3e99c317c141dd865eb01f8ff0",
                Bolt3Keys.revocationPubkey(BASE_SECRET.publicKey(), PER_COMMITMENT_SECRET.publicKey()).toString());
    }

    @Test
    void revocationPrivkeyMatchesThePubkey() {
        PrivateKey revocation = Bolt3Keys.revocationPrivkey(BASE_SECRET, PER_COMMITMENT_SECRET);
        assertEquals("d09ffff62ddb2297ab000cc85bcb4283fdeb6aa052affbc9dddcf33b61078110",
                Hex.encode(revocation.secretBytes()));
        PublicKey expected = Bolt3Keys.revocationPubkey(BASE_SECRET.publicKey(), PER_COMMITMENT_SECRET.publicKey());
        assertEquals(expected, revocation.publicKey());
    }

    @Test
    void aWrongPerCommitmentSecretGivesAnotherRevocationKey() {
        PrivateKey wrong = PrivateKey.fromHex("1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020101");
        assertNotEquals(Bolt3Keys.revocationPubkey(BASE_SECRET.publicKey(), PER_COMMITMENT_SECRET.publicKey()),
                Bolt3Keys.revocationPrivkey(BASE_SECRET, wrong).publicKey());
    }
}
