package layers.l1.block;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Hex;
import layers.l1.crypto.Sha256;

import java.util.Arrays;
import java.util.Objects;

/**
 * Bitcoin's 80-byte block header. Immutable. Serialized as: version (int32, little-endian), previous block hash (32
 * bytes), Merkle root (32 bytes), time (uint32 LE, seconds since 1970), bits ({@link CompactTarget}, uint32 LE),
 * nonce (uint32 LE). Hashes are written in hash-function order; explorers show them reversed
 * ({@link Hash#toDisplayHex()}). Source: Bitcoin Core {@code CBlockHeader} (src/primitives/block.h).
 */
public final class BlockHeader {

    public static final int SIZE = 80;
    private static final long UINT32_MAX = 0xffff_ffffL;

    private final int version;
    private final Hash previousHash;
    private final Hash merkleRoot;
    private final long time;
    private final CompactTarget bits;
    private final long nonce;
    private Hash hash; // computed once; racy but idempotent

    private BlockHeader(int version, Hash previousHash, Hash merkleRoot, long time, CompactTarget bits, long nonce) {
        this.version = version;
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.merkleRoot = Objects.requireNonNull(merkleRoot, "merkleRoot");
        this.time = uint32("time", time);
        this.bits = Objects.requireNonNull(bits, "bits");
        this.nonce = uint32("nonce", nonce);
    }

    /**
     * @throws IllegalArgumentException if {@code time} or {@code nonce} does not fit in 32 unsigned bits
     */
    public static BlockHeader of(int version, Hash previousHash, Hash merkleRoot, long time, CompactTarget bits,
                                 long nonce) {
        return new BlockHeader(version, previousHash, merkleRoot, time, bits, nonce);
    }

    /**
     * The header these 80 bytes serialize.
     *
     * @throws IllegalArgumentException if there are not exactly 80 bytes
     */
    public static BlockHeader parse(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a block header has " + SIZE + " bytes, not " + bytes.length);
        }
        return new BlockHeader(
                (int) readUint32(bytes, 0),
                Hash.of(Arrays.copyOfRange(bytes, 4, 36)),
                Hash.of(Arrays.copyOfRange(bytes, 36, 68)),
                readUint32(bytes, 68),
                CompactTarget.of(readUint32(bytes, 72)),
                readUint32(bytes, 76));
    }

    /** {@link #parse} of 160 hex digits. */
    public static BlockHeader fromHex(String hex) {
        return parse(Hex.decode(hex));
    }

    /** The 80 bytes, exactly as they are hashed and sent. */
    public byte[] serialize() {
        byte[] out = new byte[SIZE];
        writeUint32(out, 0, version);
        System.arraycopy(previousHash.bytes(), 0, out, 4, Hash.LENGTH);
        System.arraycopy(merkleRoot.bytes(), 0, out, 36, Hash.LENGTH);
        writeUint32(out, 68, time);
        writeUint32(out, 72, bits.bits());
        writeUint32(out, 76, nonce);
        return out;
    }

    public String toHex() {
        return Hex.encode(serialize());
    }

    /** The block hash: double SHA-256 of the 80 bytes ({@code CBlockHeader::GetHash}); show it with toDisplayHex. */
    public Hash hash() {
        Hash h = hash;
        if (h == null) {
            h = Sha256.doubleHash(serialize());
            hash = h;
        }
        return h;
    }

    /** Whether the hash, as a little-endian number, is at most the target in {@link #bits()}. */
    public boolean meetsTarget() {
        return bits.isMetBy(hash());
    }

    public int version() {
        return version;
    }

    public Hash previousHash() {
        return previousHash;
    }

    public Hash merkleRoot() {
        return merkleRoot;
    }

    /** Seconds since 1970-01-01 UTC, as the miner stated it. */
    public long time() {
        return time;
    }

    public CompactTarget bits() {
        return bits;
    }

    public long nonce() {
        return nonce;
    }

    public BlockHeader withVersion(int newVersion) {
        return new BlockHeader(newVersion, previousHash, merkleRoot, time, bits, nonce);
    }

    public BlockHeader withPreviousHash(Hash newPrevious) {
        return new BlockHeader(version, newPrevious, merkleRoot, time, bits, nonce);
    }

    public BlockHeader withMerkleRoot(Hash newRoot) {
        return new BlockHeader(version, previousHash, newRoot, time, bits, nonce);
    }

    public BlockHeader withTime(long newTime) {
        return new BlockHeader(version, previousHash, merkleRoot, newTime, bits, nonce);
    }

    public BlockHeader withBits(CompactTarget newBits) {
        return new BlockHeader(version, previousHash, merkleRoot, time, newBits, nonce);
    }

    public BlockHeader withNonce(long newNonce) {
        return new BlockHeader(version, previousHash, merkleRoot, time, bits, newNonce);
    }

    static long readUint32(byte[] b, int offset) {
        return (b[offset] & 0xffL) | (b[offset + 1] & 0xffL) << 8 | (b[offset + 2] & 0xffL) << 16
                | (b[offset + 3] & 0xffL) << 24;
    }

    static void writeUint32(byte[] b, int offset, long value) {
        b[offset] = (byte) value;
        b[offset + 1] = (byte) (value >>> 8);
        b[offset + 2] = (byte) (value >>> 16);
        b[offset + 3] = (byte) (value >>> 24);
    }

    private static long uint32(String field, long value) {
        if (value < 0 || value > UINT32_MAX) {
            throw new IllegalArgumentException("a header's " + field + " is a 32-bit unsigned field, not " + value);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockHeader h && version == h.version && previousHash.equals(h.previousHash)
                && merkleRoot.equals(h.merkleRoot) && time == h.time && bits.equals(h.bits) && nonce == h.nonce;
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, previousHash, merkleRoot, time, bits, nonce);
    }

    @Override
    public String toString() {
        return "BlockHeader(" + hash().toDisplayHex() + ", version " + version + ", previous "
                + previousHash.toDisplayHex() + ", merkle root " + merkleRoot.toDisplayHex() + ", time " + time
                + ", bits " + bits + ", nonce " + nonce + ")";
    }
}
