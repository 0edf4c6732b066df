package layers.bench.foundations;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Hash160;
import layers.l1.crypto.Hashes;
import layers.l1.crypto.Keccak256;
import layers.l1.crypto.Sha256;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The course's hashing next to a bare JDK loop: double SHA-256 of an 80-byte block header through
 * {@link Sha256#doubleHash(byte[])} (its value type and thread-local digest included) and through a
 * {@link MessageDigest} used directly. The first should run at 0.9 of the second or better. Keccak-256 and HASH160
 * show what Ethereum's and Bitcoin's other hashes cost.
 */
@State(Scope.Thread)
public class HashingBench {

    private final byte[] header = new byte[80];
    private final byte[] compressedKey = new byte[33];
    private final MessageDigest sha256;

    public HashingBench() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < header.length; i++) {
            header[i] = (byte) i;
        }
        compressedKey[0] = 0x02;
    }

    @Benchmark
    public byte[] jdkDoubleSha256OfHeader() {
        return sha256.digest(sha256.digest(header));
    }

    @Benchmark
    public Hash courseDoubleSha256OfHeader() {
        return Sha256.doubleHash(header);
    }

    @Benchmark
    public Hash keccak256OfHeader() {
        return Keccak256.hash(header);
    }

    @Benchmark
    public Hash160 hash160OfCompressedKey() {
        return Hashes.hash160(compressedKey);
    }
}
