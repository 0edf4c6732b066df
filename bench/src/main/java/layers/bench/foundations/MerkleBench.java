package layers.bench.foundations;

import layers.l1.crypto.Hash;
import layers.l1.merkle.BitcoinMerkleTree;
import layers.l1.merkle.MerkleTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Time per Merkle root of 2^20 leaves (about a million: 2^20 - 1 node hashes). Bitcoin's tree hashes each node
 * with double SHA-256 of 64 bytes; the RFC 6962 tree with one SHA-256 of 65 bytes, and it keeps every level for
 * proofs. The leaves are seeded random 32-byte hashes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MerkleBench {

    public static final int LEAVES = 1 << 20;

    private List<Hash> leaves;

    @Setup
    public void makeLeaves() {
        Random random = new Random(2024);
        leaves = new ArrayList<>(LEAVES);
        for (int i = 0; i < LEAVES; i++) {
            byte[] b = new byte[Hash.LENGTH];
            random.nextBytes(b);
            leaves.add(Hash.of(b));
        }
    }

    @Benchmark
    public Hash bitcoinRootOf2To20Txids() {
        return BitcoinMerkleTree.root(leaves);
    }

    @Benchmark
    public Hash rfc6962RootOf2To20LeafHashes() {
        return MerkleTree.ofLeafHashes(leaves).root();
    }
}
