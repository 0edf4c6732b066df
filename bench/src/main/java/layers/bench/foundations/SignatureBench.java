package layers.bench.foundations;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.signatures.Ecdsa;
import layers.l1.signatures.EcdsaSignature;
import layers.l1.signatures.Schnorr;
import layers.l1.signatures.SchnorrSignature;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Signatures per second on secp256k1: BIP-340 Schnorr and RFC 6979 ECDSA, signing and verifying one 32-byte
 * message with a seeded key. Schnorr signing includes the verification BIP-340 recommends before returning.
 */
@State(Scope.Thread)
public class SignatureBench {

    private final PrivateKey key = PrivateKey.random(new Random(1));
    private final PublicKey publicKey = key.publicKey();
    private final XOnlyPublicKey xOnly = publicKey.xOnly();
    private final Hash hash = Sha256.hash("benchmark".getBytes(StandardCharsets.UTF_8));
    private final byte[] message = hash.bytes();
    private final byte[] aux = new byte[32];
    private final SchnorrSignature schnorr = Schnorr.sign(key, message, aux);
    private final EcdsaSignature ecdsa = Ecdsa.sign(key, hash);

    @Benchmark
    public SchnorrSignature schnorrSign() {
        return Schnorr.sign(key, message, aux);
    }

    @Benchmark
    public Verdict schnorrVerify() {
        return Schnorr.verify(xOnly, message, schnorr);
    }

    @Benchmark
    public EcdsaSignature ecdsaSign() {
        return Ecdsa.sign(key, hash);
    }

    @Benchmark
    public Verdict ecdsaVerify() {
        return Ecdsa.verify(publicKey, hash, ecdsa);
    }
}
