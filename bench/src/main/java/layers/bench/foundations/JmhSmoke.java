package layers.bench.foundations;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The baseline the course's hashing is compared with: the JDK's own SHA-256 over an 80-byte block header. */
@State(Scope.Thread)
public class JmhSmoke {
    private final byte[] header = new byte[80];
    private final MessageDigest sha256;

    public JmhSmoke() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public byte[] jdkDoubleSha256OfHeader() {
        return sha256.digest(sha256.digest(header));
    }
}
