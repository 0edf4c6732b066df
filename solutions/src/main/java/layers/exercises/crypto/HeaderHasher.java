package layers.exercises.crypto;

import layers.l1.block.CompactTarget;
import layers.l1.crypto.Hash;

/**
 * Writes a Bitcoin block header's six fields as the 80 bytes that are sent and hashed, and hashes them into the
 * block's id. Source: Bitcoin Core {@code CBlockHeader} (src/primitives/block.h) and
 * {@code CBlockHeader::GetHash}.
 */
public interface HeaderHasher {

    /** A block header's length in bytes. */
    int HEADER_SIZE = 80;

    /**
     * The 80 bytes of the header: {@code version} (4 bytes), {@code previousHash} (32), {@code merkleRoot} (32),
     * {@code time} (4), {@code bits} (4), {@code nonce} (4), in that order. The 4-byte numbers are little-endian,
     * lowest byte first; {@code time}, {@code bits} and {@code nonce} are unsigned. The two hashes are written as
     * {@link Hash#bytes()} gives them, in hash-function order (not the reversed order explorers show).
     *
     * @throws IllegalArgumentException if {@code time} or {@code nonce} does not fit in 32 unsigned bits
     *                                  (0 to 4,294,967,295), naming it
     */
    byte[] serialize(int version, Hash previousHash, Hash merkleRoot, long time, CompactTarget bits, long nonce);

    /**
     * The block hash: {@code SHA256(SHA256(header))} of the 80 bytes, in hash-function order (show it with
     * {@link Hash#toDisplayHex()}).
     *
     * @throws IllegalArgumentException if {@code header} does not have exactly 80 bytes, naming its length
     */
    Hash blockHash(byte[] header);
}
