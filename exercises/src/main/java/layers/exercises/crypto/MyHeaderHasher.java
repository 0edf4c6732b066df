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
        throw new UnsupportedOperationException("exercise crypto.header-hash: not written yet — see the hints above");
    }

    @Override
    public Hash blockHash(byte[] header) {
        throw new UnsupportedOperationException("exercise crypto.header-hash: not written yet — see the hints above");
    }
}
