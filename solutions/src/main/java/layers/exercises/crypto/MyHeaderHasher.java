package layers.exercises.crypto;

import layers.l1.block.CompactTarget;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;

/**
 * Exercise {@code crypto.header-hash}: write a block header's fields as 80 bytes, and hash them into its id.
 * Write {@link #serialize} and {@link #blockHash}, then grade them: {@code ./course grade crypto.header-hash}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Fill a {@code new byte[80]} at offsets 0 (version), 4 (previous hash), 36 (Merkle root), 68 (time),
 *       72 (bits, as the number {@code bits.bits()}) and 76 (nonce). {@code System.arraycopy} copies a hash's 32
 *       bytes in.</li>
 *   <li>Little-endian: byte {@code k} of a 4-byte number {@code v} is {@code (byte) (v >>> (8 * k))}, for k = 0 to
 *       3. The same shifts work for the {@code int} version and for the {@code long} fields.</li>
 *   <li>Check {@code 0 <= time <= 0xffffffffL} and the same for the nonce before writing them. The hash is
 *       {@code Sha256.doubleHash(header)}, once you have checked that the header has 80 bytes.</li>
 * </ol>
 */
public class MyHeaderHasher implements HeaderHasher {

    @Override
    public byte[] serialize(int version, Hash previousHash, Hash merkleRoot, long time, CompactTarget bits,
                            long nonce) {
        // BEGIN SOLUTION crypto.header-hash
        byte[] header = new byte[HEADER_SIZE];
        writeUint32(header, 0, version & 0xffff_ffffL);
        System.arraycopy(previousHash.bytes(), 0, header, 4, Hash.LENGTH);
        System.arraycopy(merkleRoot.bytes(), 0, header, 36, Hash.LENGTH);
        writeUint32(header, 68, checkUint32("time", time));
        writeUint32(header, 72, bits.bits());
        writeUint32(header, 76, checkUint32("nonce", nonce));
        return header;
        // END SOLUTION
    }

    @Override
    public Hash blockHash(byte[] header) {
        // BEGIN SOLUTION crypto.header-hash
        if (header.length != HEADER_SIZE) {
            throw new IllegalArgumentException("a block header has 80 bytes, not " + header.length);
        }
        return Sha256.doubleHash(header);
        // END SOLUTION
    }
    // BEGIN SOLUTION crypto.header-hash stub:

    private static long checkUint32(String field, long value) {
        if (value < 0 || value > 0xffff_ffffL) {
            throw new IllegalArgumentException("a header's " + field + " is a 32-bit unsigned number, not " + value);
        }
        return value;
    }

    private static void writeUint32(byte[] out, int offset, long value) {
        for (int k = 0; k < 4; k++) {
            out[offset + k] = (byte) (value >>> (8 * k));
        }
    }
    // END SOLUTION
}
