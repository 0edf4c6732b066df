package layers.bench.consensus;

import layers.bench.HeapPeak;
import layers.l1.block.CompactTarget;
import layers.l1.network.SimTime;
import layers.l1.pow.PowNetworkConfig;
import layers.l1.pow.PowNetworkResult;
import layers.l1.pow.PowNetworkSimulation;
import layers.l1.pow.RealMining;
import tech.tablesaw.api.Table;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * How fast the proof-of-work network simulator and the SHA-256 miner are: simulator events per second; a network of
 * 10,000 nodes mining 1,000 blocks (target: at most 10 s), with the heap it needed; and mining hashes per second
 * against a bare JDK {@link MessageDigest} loop over the same 80-byte header.
 *
 * <pre>
 * cd /work/main &amp;&amp; mvn -q -o -DskipTests package -pl bench -am \
 *   &amp;&amp; java -cp "bench/target/classes:bench/target/lib/*" layers.bench.consensus.PowNetworkBench
 * </pre>
 */
public final class PowNetworkBench {

    private static final int BIG_NODES = 10_000;
    private static final int BIG_BLOCKS = 1_000;
    private static final double TARGET_SECONDS = 10;

    private PowNetworkBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        warmUp();
        eventsPerSecond();
        bigNetwork();
        miningHashRate();
    }

    private static void warmUp() {
        for (int i = 0; i < 3; i++) {
            new PowNetworkSimulation(PowNetworkConfig.bitcoin().withNodes(2_000).withSeed(100 + i)).run(200);
        }
    }

    private static void eventsPerSecond() {
        PowNetworkConfig config = PowNetworkConfig.bitcoin().withNodes(2_000)
                .withBlockInterval(SimTime.ofSeconds(60)).withSeed(7);
        long start = System.nanoTime();
        PowNetworkResult r = new PowNetworkSimulation(config).run(1_000);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Simulator: %,d events (%,d block messages offered) in %.2f s: "
                        + "%,.0f events/s, %,.0f messages/s%n", r.eventsProcessed(), r.messagesOffered(), seconds,
                r.eventsProcessed() / seconds, r.messagesOffered() / seconds);
    }

    private static void bigNetwork() {
        PowNetworkConfig config = PowNetworkConfig.bitcoin().withNodes(BIG_NODES).withSeed(1);
        System.gc();
        long before = HeapPeak.usedBytes();
        HeapPeak.reset();
        long start = System.nanoTime();
        PowNetworkResult r = new PowNetworkSimulation(config).run(BIG_BLOCKS);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = HeapPeak.bytes();
        System.gc();
        long retained = HeapPeak.usedBytes() - before;
        Table s = r.summary();
        System.out.printf(Locale.ROOT, "%,d nodes x %,d blocks (10 min, 1 MB, 8 outbound): %.2f s wall (target <= %.0f s: %s)%n",
                BIG_NODES, BIG_BLOCKS, seconds, TARGET_SECONDS, seconds <= TARGET_SECONDS ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  %,d events, %,d messages offered, stale rate %.2f%%, median t50 %.2f s, t90 %.2f s, t100 %.2f s%n",
                r.eventsProcessed(), r.messagesOffered(), 100 * r.staleRate(),
                s.doubleColumn("medianT50Seconds").get(0), s.doubleColumn("medianT90Seconds").get(0),
                s.doubleColumn("medianT100Seconds").get(0));
        System.out.printf(Locale.ROOT, "  heap: peak %.1f MB during the run (sum of heap pools' peaks), "
                + "%.1f MB still used by the result after GC%n", peak / 1e6, retained / 1e6);
        if (r.blocksMined() != BIG_BLOCKS) {
            throw new IllegalStateException("mined " + r.blocksMined());
        }
    }

    private static void miningHashRate() throws NoSuchAlgorithmException, DigestException {
        // 256 times harder than the course's easy target: about 4096 × 256 = 1,048,576 hashes a block
        CompactTarget bits = CompactTarget.fromTarget(CompactTarget.EASY.toTarget().shiftRight(8));
        RealMining.mineChain(4, bits, 1); // warm-up
        long start = System.nanoTime();
        Table chain = RealMining.mineChain(12, bits, 2);
        double seconds = (System.nanoTime() - start) / 1e9;
        long hashes = (long) chain.longColumn("hashesTried").sum();
        double minerRate = hashes / seconds;

        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] header = new byte[80];
        byte[] digest = new byte[32];
        bareLoop(sha256, header, digest, 2_000_000); // warm-up
        long loopHashes = Math.max(hashes, 5_000_000);
        start = System.nanoTime();
        int sink = bareLoop(sha256, header, digest, loopHashes);
        double loopSeconds = (System.nanoTime() - start) / 1e9;
        double bareRate = loopHashes / loopSeconds;
        System.out.printf(Locale.ROOT, "SHA-256 mining (layers.l1.block.Miner via RealMining, target %s): %,d hashes "
                + "in %.2f s = %,.0f double-SHA-256/s%n", bits, hashes, seconds, minerRate);
        System.out.printf(Locale.ROOT, "Bare JDK MessageDigest loop (double SHA-256 of 80 bytes): %,.0f /s; "
                + "miner at %.0f%% of it (checksum %d)%n", bareRate, 100 * minerRate / bareRate, sink & 1);
    }

    private static int bareLoop(MessageDigest sha256, byte[] header, byte[] digest, long n) throws DigestException {
        int acc = 0;
        for (long nonce = 0; nonce < n; nonce++) {
            header[76] = (byte) nonce;
            header[77] = (byte) (nonce >>> 8);
            header[78] = (byte) (nonce >>> 16);
            header[79] = (byte) (nonce >>> 24);
            sha256.update(header);
            sha256.digest(digest, 0, 32);
            sha256.update(digest);
            sha256.digest(digest, 0, 32);
            acc += digest[31];
        }
        return acc;
    }
}
