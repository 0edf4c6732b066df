package layers.l2.batch;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * zlib (RFC 1950: a DEFLATE stream, RFC 1951, with a 2-byte header and an Adler-32 checksum), the compressor of
 * Optimism's channels: "the channel is compressed with zlib" (OP Stack derivation spec, Channel Format). The JDK's
 * {@link Deflater} is the real zlib.
 */
public final class BatchCompression {

    /**
     * The most bytes {@link #decompress(byte[])} will produce: Optimism's Bedrock bound on a decompressed channel
     * (OP Stack derivation spec: MAX_RLP_BYTES_PER_CHANNEL = 10,000,000), which stops a "zip bomb".
     */
    public static final int MAX_DECOMPRESSED_BYTES = 10_000_000;

    private BatchCompression() {
    }

    /** zlib at its best compression (level 9), as Optimism's batcher uses. */
    public static byte[] compress(byte[] data) {
        return compress(data, Deflater.BEST_COMPRESSION);
    }

    /**
     * zlib at {@code level}, 0 (stored, no compression) to 9 (best).
     *
     * @throws IllegalArgumentException naming the level if it is not 0 to 9
     */
    public static byte[] compress(byte[] data, int level) {
        if (level < 0 || level > 9) {
            throw new IllegalArgumentException("a zlib level is 0 to 9, not " + level);
        }
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 2));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** {@link #decompress(byte[], int)} with {@link #MAX_DECOMPRESSED_BYTES}. */
    public static byte[] decompress(byte[] compressed) {
        return decompress(compressed, MAX_DECOMPRESSED_BYTES);
    }

    /**
     * The bytes a zlib stream holds.
     *
     * @throws IllegalArgumentException saying why when the input is not one complete zlib stream (bad header, bad
     *                                  checksum, truncated, bytes after its end) or would exceed {@code maxBytes}
     */
    public static byte[] decompress(byte[] compressed, int maxBytes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, compressed.length * 3));
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n;
                try {
                    n = inflater.inflate(buffer);
                } catch (DataFormatException e) {
                    String why = String.valueOf(e.getMessage());
                    if (why.contains("data check")) {
                        why += " (the Adler-32 checksum of the data does not match)";
                    }
                    throw new IllegalArgumentException("not a zlib stream (RFC 1950): " + why + ", after "
                            + inflater.getTotalIn() + " of " + compressed.length + " compressed bytes");
                }
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("the zlib stream is truncated: it ends after "
                            + compressed.length + " bytes without its final block and checksum");
                }
                if (out.size() + n > maxBytes) {
                    throw new IllegalArgumentException("the zlib stream decompresses to more than " + maxBytes
                            + " bytes (the limit), from " + compressed.length + " compressed bytes");
                }
                out.write(buffer, 0, n);
            }
            if (inflater.getRemaining() > 0) {
                throw new IllegalArgumentException(inflater.getRemaining() + " bytes follow the end of the zlib"
                        + " stream (byte " + (compressed.length - inflater.getRemaining()) + " on)");
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
