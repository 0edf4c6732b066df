package layers.l1.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * BIP-340's tagged hash, {@code hash_tag(x) = SHA256(SHA256(tag) || SHA256(tag) || x)}: a SHA-256 that can never
 * collide with a hash made for another purpose (BIP-340, Design: "Tagged Hashes"). Taproot uses tags such as
 * {@code BIP0340/challenge} and {@code TapLeaf}.
 */
public final class TaggedHash {

    private static final Map<String, byte[]> TAG_HASHES = new ConcurrentHashMap<>();

    private TaggedHash() {
    }

    /** {@code SHA256(SHA256(tag) || SHA256(tag) || data[0] || data[1] || ...)}, the tag in UTF-8. */
    public static Hash of(String tag, byte[]... data) {
        byte[] tagHash = TAG_HASHES.computeIfAbsent(tag,
                t -> Sha256.hash(t.getBytes(StandardCharsets.UTF_8)).bytes());
        byte[][] parts = new byte[data.length + 2][];
        parts[0] = tagHash;
        parts[1] = tagHash;
        System.arraycopy(data, 0, parts, 2, data.length);
        return Sha256.hash(parts);
    }
}
