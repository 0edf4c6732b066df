package layers.l1.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HashFunctionsTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** FIPS 180-2, Appendix B, and the empty message. */
    static Stream<Arguments> sha256Vectors() {
        return Stream.of(
                Arguments.of("empty", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                Arguments.of("B.1 abc", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                Arguments.of("B.2 448 bits", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
                Arguments.of("B.3 one million a", "a".repeat(1_000_000),
                        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sha256Vectors")
    void sha256MatchesFips180(String description, String message, String expected) {
        assertEquals(expected, Sha256.hash(ascii(message)).toHex());
    }

    @Test
    void doubleSha256IsSha256Twice() {
        Hash once = Sha256.hash(ascii("abc"));
        assertEquals(Sha256.hash(once.bytes()), Sha256.doubleHash(ascii("abc")));
    }

    @Test
    void keccak256IsNotSha3() {
        Hash keccak = Keccak256.hash(new byte[0]);
        Hash sha3 = Sha3_256.hash(new byte[0]);
        // Ethereum's hash of empty code (Yellow Paper), and FIPS 202's SHA3-256 of the empty message.
        assertEquals("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", keccak.toHex());
        assertEquals("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a", sha3.toHex());
        assertNotEquals(keccak, sha3);
    }

    @Test
    void keccak256AndSha3DifferOnEveryInputTried() {
        for (int length = 0; length < 200; length += 7) {
            byte[] data = new byte[length];
            assertNotEquals(Keccak256.hash(data), Sha3_256.hash(data), "length " + length);
        }
    }

    /** The designers' page, https://homes.esat.kuleuven.be/~bosselae/ripemd160.html. */
    static Stream<Arguments> ripemd160Vectors() {
        return Stream.of(
                Arguments.of("", "9c1185a5c5e9fc54612808977ee8f548b2258d31"),
                Arguments.of("a", "0bdc9d2d256b3ee9daae347be6f4dc835a467ffe"),
                Arguments.of("abc", "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"),
                Arguments.of("message digest", "5d0689ef49d2fae572b881b123a85ffa21595f36"),
                Arguments.of("abcdefghijklmnopqrstuvwxyz", "f71c27109c692c1b56bbdceb5b9d2865b3708dbc"),
                Arguments.of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                        "12a053384a9c0c88e405a06c27dcf49ada62eb2b"),
                Arguments.of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
                        "b0e20b6e3116640286ed3a87a5713079b21f5189"),
                Arguments.of("1234567890".repeat(8), "9b752e45573d4b39f4dbd3323cab82bf63326bfb"));
    }

    @ParameterizedTest(name = "RIPEMD-160(\"{0}\")")
    @MethodSource("ripemd160Vectors")
    void ripemd160MatchesItsDesigners(String message, String expected) {
        assertEquals(expected, Ripemd160.hash(ascii(message)).toHex());
    }

    @Test
    void hash160OfTheGeneratorIsBip173sKeyHash() {
        // BIP-173's examples use this public key; its P2WPKH test vector's program is the key's HASH160.
        byte[] key = Hex.decode("0279BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798");
        assertEquals("751e76e8199196d454941c45d1b3a323f1433bd6", Hashes.hash160(key).toHex());
        assertEquals(Ripemd160.hash(Sha256.hash(key).bytes()), Hashes.hash160(key));
    }

    @Test
    void taggedHashPrefixesTwoHashesOfTheTag() throws Exception {
        byte[] tag = MessageDigest.getInstance("SHA-256").digest(ascii("BIP0340/challenge"));
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        expected.update(tag);
        expected.update(tag);
        expected.update(ascii("abc"));
        expected.update(ascii("def"));
        Hash tagged = TaggedHash.of("BIP0340/challenge", ascii("abc"), ascii("def"));
        assertEquals(Hex.encode(expected.digest()), tagged.toHex());
        assertEquals(tagged, TaggedHash.of("BIP0340/challenge", ascii("abcdef")));
        assertNotEquals(tagged, TaggedHash.of("BIP0340/nonce", ascii("abcdef")));
    }
}
