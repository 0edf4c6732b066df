package layers.l1.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import layers.core.Verdict;
import layers.l1.TestVectors;
import layers.l1.crypto.Hex;
import layers.l1.keys.PrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of BIP-340's official test vectors (bip-0340/test-vectors.csv in bitcoin/bips). */
class Bip340VectorsTest {

    /**
     * The rule each FALSE row must be rejected for, from its comment. Rows whose comment names no single check
     * ("negated message", "negated s value", an r that is not an X coordinate) break the final equation, which
     * shows either as an odd y(R) or as x(R) ≠ r.
     */
    private static final Set<SchnorrRule> EQUATION = EnumSet.of(SchnorrRule.R_HAS_ODD_Y, SchnorrRule.R_X_MISMATCH);
    private static final Map<String, Set<SchnorrRule>> EXPECTED_RULES = Map.of(
            "public key not on the curve", EnumSet.of(SchnorrRule.PUBLIC_KEY_NOT_ON_CURVE),
            "has_even_y(R) is false", EnumSet.of(SchnorrRule.R_HAS_ODD_Y),
            "negated message", EQUATION,
            "negated s value", EQUATION,
            "sG - eP is infinite", EnumSet.of(SchnorrRule.R_IS_INFINITE),
            "sig[0:32] is not an X coordinate on the curve", EQUATION,
            "sig[0:32] is equal to field size", EnumSet.of(SchnorrRule.R_NOT_BELOW_P),
            "sig[32:64] is equal to curve order", EnumSet.of(SchnorrRule.S_NOT_BELOW_N),
            "public key is not a valid X coordinate because it exceeds the field size",
            EnumSet.of(SchnorrRule.PUBLIC_KEY_NOT_ON_CURVE));

    static Stream<Arguments> vectors() {
        return TestVectors.csv("bip340_test_vectors.csv", 8).stream().map(row -> Arguments.of(
                "vector " + row[0] + (row[7].isEmpty() ? "" : ": " + row[7]), row[1], row[2], row[3], row[4],
                row[5], Boolean.parseBoolean(row[6].toLowerCase()), row[7]));
    }

    /** The rows that give a secret key: BIP-340's signing vectors. */
    static Stream<Arguments> signingVectors() {
        return vectors().filter(arguments -> !((String) arguments.get()[1]).isEmpty());
    }

    @Test
    void allNineteenRowsAreRead() {
        assertEquals(19, vectors().count());
        assertEquals(8, signingVectors().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signingVectors")
    void signingRowsReproduceTheSignature(String description, String secretKey, String publicKey, String auxRand,
                                          String message, String signature, boolean valid, String comment) {
        PrivateKey sk = PrivateKey.fromHex(secretKey);
        assertEquals(publicKey.toLowerCase(), Schnorr.pubKey(sk).toHex());
        SchnorrSignature sig = Schnorr.sign(sk, Hex.decode(message), Hex.decode(auxRand));
        assertEquals(signature.toLowerCase(), sig.toHex());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verificationMatchesTheExpectedResult(String description, String secretKey, String publicKey,
                                              String auxRand, String message, String signature, boolean valid,
                                              String comment) {
        Verdict verdict = Schnorr.verify(Hex.decode(publicKey), Hex.decode(message),
                SchnorrSignature.fromHex(signature));
        assertEquals(valid, verdict.isValid(), verdict.toString());
        if (!valid) {
            Set<SchnorrRule> expected = EXPECTED_RULES.entrySet().stream()
                    .filter(e -> comment.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                    .orElseThrow(() -> new AssertionError("no expected rule for comment: " + comment));
            assertTrue(expected.contains(verdict.rule().orElseThrow()), verdict + ", expected one of " + expected);
        }
    }

    @Test
    void everyRuleIsExercisedByTheVectors() {
        Set<SchnorrRule> seen = EnumSet.noneOf(SchnorrRule.class);
        TestVectors.csv("bip340_test_vectors.csv", 8).forEach(row -> Schnorr.verify(Hex.decode(row[2]),
                Hex.decode(row[4]), SchnorrSignature.fromHex(row[5])).rule().ifPresent(r -> seen.add((SchnorrRule) r)));
        assertEquals(EnumSet.allOf(SchnorrRule.class), seen);
    }
}
