package layers.l1.blobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Packing bytes into blobs. A blob is 4096 field elements of 32 bytes, and each must be below the BLS12-381 modulus
 * (EIP-4844: {@code BLS_MODULUS}, about 2^254.9); this model keeps the first byte of every field element 0 and carries
 * 31 data bytes in the other 31, so any bytes are valid: {@link #USABLE_BYTES_PER_BLOB} = 126,976 of the 131,072.
 * Each blob starts with a 4-byte big-endian length, so a blob holds up to {@link #DATA_BYTES_PER_BLOB} bytes of a
 * batch. (Optimism packs tighter, 127 bytes in every 4 field elements, using the spare bits too.)
 */
public final class BlobEncoding {

    /** 31 data bytes in every 32-byte field element. */
    public static final int DATA_BYTES_PER_FIELD_ELEMENT = Eip4844.BYTES_PER_FIELD_ELEMENT - 1;
    /** 4096 × 31 = 126,976 bytes. */
    public static final int USABLE_BYTES_PER_BLOB = Eip4844.FIELD_ELEMENTS_PER_BLOB * DATA_BYTES_PER_FIELD_ELEMENT;
    /** {@link #USABLE_BYTES_PER_BLOB} less the 4-byte length: 126,972 bytes. */
    public static final int DATA_BYTES_PER_BLOB = USABLE_BYTES_PER_BLOB - 4;

    private BlobEncoding() {
    }

    /** How many blobs {@code bytes} bytes take: at least one, since a blob transaction carries at least one blob. */
    public static int blobsNeeded(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a byte count is 0 or more, not " + bytes);
        }
        return (int) Math.max(1, (bytes + DATA_BYTES_PER_BLOB - 1) / DATA_BYTES_PER_BLOB);
    }

    /** {@code data} in {@link #blobsNeeded} blobs of 131,072 bytes each. */
    public static List<byte[]> encode(byte[] data) {
        int blobs = blobsNeeded(data.length);
        List<byte[]> out = new ArrayList<>(blobs);
        for (int b = 0; b < blobs; b++) {
            int from = b * DATA_BYTES_PER_BLOB;
            int length = Math.min(DATA_BYTES_PER_BLOB, data.length - from);
            byte[] payload = new byte[USABLE_BYTES_PER_BLOB];
            payload[0] = (byte) (length >>> 24);
            payload[1] = (byte) (length >>> 16);
            payload[2] = (byte) (length >>> 8);
            payload[3] = (byte) length;
            System.arraycopy(data, from, payload, 4, length);
            byte[] blob = new byte[Eip4844.BYTES_PER_BLOB];
            for (int fe = 0; fe < Eip4844.FIELD_ELEMENTS_PER_BLOB; fe++) {
                System.arraycopy(payload, fe * DATA_BYTES_PER_FIELD_ELEMENT, blob,
                        fe * Eip4844.BYTES_PER_FIELD_ELEMENT + 1, DATA_BYTES_PER_FIELD_ELEMENT);
            }
            out.add(blob);
        }
        return out;
    }

    /**
     * The bytes {@link #encode} packed.
     *
     * @throws IllegalArgumentException naming the blob and byte when a blob is not 131,072 bytes, a field element's
     *                                  first byte is not 0, a length is too large, or the padding is not zero
     */
    public static byte[] decode(List<byte[]> blobs) {
        byte[] out = new byte[blobs.size() * DATA_BYTES_PER_BLOB];
        int size = 0;
        for (int b = 0; b < blobs.size(); b++) {
            byte[] blob = blobs.get(b);
            if (blob.length != Eip4844.BYTES_PER_BLOB) {
                throw new IllegalArgumentException("blob " + b + " has " + blob.length + " bytes, not "
                        + Eip4844.BYTES_PER_BLOB);
            }
            byte[] payload = new byte[USABLE_BYTES_PER_BLOB];
            for (int fe = 0; fe < Eip4844.FIELD_ELEMENTS_PER_BLOB; fe++) {
                int at = fe * Eip4844.BYTES_PER_FIELD_ELEMENT;
                if (blob[at] != 0) {
                    throw new IllegalArgumentException("blob " + b + ", byte " + at + ": field element " + fe
                            + " starts with " + (blob[at] & 0xFF) + ", but this encoding keeps every first byte 0");
                }
                System.arraycopy(blob, at + 1, payload, fe * DATA_BYTES_PER_FIELD_ELEMENT,
                        DATA_BYTES_PER_FIELD_ELEMENT);
            }
            int length = ((payload[0] & 0xFF) << 24) | ((payload[1] & 0xFF) << 16) | ((payload[2] & 0xFF) << 8)
                    | (payload[3] & 0xFF);
            if (length < 0 || length > DATA_BYTES_PER_BLOB) {
                throw new IllegalArgumentException("blob " + b + " declares " + Integer.toUnsignedString(length)
                        + " bytes, but a blob holds at most " + DATA_BYTES_PER_BLOB);
            }
            for (int i = 4 + length; i < USABLE_BYTES_PER_BLOB; i++) {
                if (payload[i] != 0) {
                    throw new IllegalArgumentException("blob " + b + " declares " + length + " bytes but data byte "
                            + (i - 4) + " after them is not zero padding");
                }
            }
            System.arraycopy(payload, 4, out, size, length);
            size += length;
        }
        return Arrays.copyOf(out, size);
    }
}
