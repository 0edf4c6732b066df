package layers.l1.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import layers.l1.TestVectors;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Hex;
import layers.l1.crypto.Sha256;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.Secp256k1;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Deterministic ECDSA against published vectors; every expected signature also checked by BouncyCastle's verifier. */
class EcdsaVectorsTest {

    /** RFC 6979, Appendix A.2.5: the public key U = x⋅G of the appendix's P-256 key. */
    private static final BigInteger P256_UX = new BigInteger(
            "60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6", 16);
    private static final BigInteger P256_UY = new BigInteger(
            "7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299", 16);

    static Stream<Arguments> rfc6979P256() {
        return TestVectors.csv("rfc6979_p256_sha256.csv", 5).stream()
                .map(row -> Arguments.of(row[1], row[0], row[2], row[3], row[4]));
    }

    @ParameterizedTest(name = "RFC 6979 A.2.5, P-256, SHA-256, message \"{0}\"")
    @MethodSource("rfc6979P256")
    void rfc6979NonceAndSignatureOnP256(String message, String x, String k, String r, String s) {
        X9ECParameters p256 = ECNamedCurveTable.getByName("P-256");
        ECDomainParameters domain = new ECDomainParameters(p256.getCurve(), p256.getG(), p256.getN(), p256.getH());
        BigInteger d = new BigInteger(x, 16);
        byte[] hash = Sha256.hash(message.getBytes(StandardCharsets.US_ASCII)).bytes();

        assertEquals(new BigInteger(k, 16), Rfc6979.nonces(domain.getN(), d, hash).nextK());
        EcdsaSignature signature = Ecdsa.signWith(domain, d, hash);
        assertEquals(new BigInteger(r, 16), signature.r());
        assertEquals(new BigInteger(s, 16), signature.s());

        ECPoint u = domain.getG().multiply(d).normalize();
        assertEquals(P256_UX, u.getAffineXCoord().toBigInteger());
        assertEquals(P256_UY, u.getAffineYCoord().toBigInteger());
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(u, domain));
        assertTrue(verifier.verifySignature(hash, signature.r(), signature.s()));
    }

    static Stream<Arguments> secp256k1() {
        return TestVectors.csv("secp256k1_ecdsa_rfc6979.csv", 5).stream()
                .map(row -> Arguments.of(row[4], row[0], row[1], row[2], row[3]));
    }

    @ParameterizedTest(name = "secp256k1, \"{0}\"")
    @MethodSource("secp256k1")
    void deterministicSecp256k1Signatures(String message, String privateKey, String hashing, String k, String der) {
        PrivateKey key = PrivateKey.fromHex(privateKey);
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        Hash hash = hashing.equals("sha256d") ? Sha256.doubleHash(bytes) : Sha256.hash(bytes);

        assertEquals(new BigInteger(k, 16), Rfc6979.nonces(Secp256k1.N, key.secret(), hash.bytes()).nextK());
        EcdsaSignature signature = Ecdsa.sign(key, hash);
        assertEquals(der, Hex.encode(signature.toDer()));
        assertEquals(signature, EcdsaSignature.fromDer(Hex.decode(der)));
        assertTrue(Ecdsa.verifyLowS(key.publicKey(), hash, signature).isValid());

        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(key.publicKey().point(), Secp256k1.DOMAIN));
        assertTrue(verifier.verifySignature(hash.bytes(), signature.r(), signature.s()));
    }
}
