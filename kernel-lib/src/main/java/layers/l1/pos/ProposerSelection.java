package layers.l1.pos;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.notebook.Progress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Who proposes the block of a slot: a validator picked at random, weighted by effective balance, from the seed of the
 * randomness beacon. The specification's way (phase0, {@code compute_proposer_index}) is acceptance sampling: walk
 * the validators in a shuffled order and accept each candidate with probability
 * {@code effective_balance / MAX_EFFECTIVE_BALANCE}, so a validator with 16 ETH is picked half as often as one with
 * 32 ETH. Every step is SHA-256 over the seed, so anyone can recompute who was due. (Electra changed the random value
 * to 16 bits and the cap to 2048 ETH; not modelled.)
 *
 * <p>The walk visits each validator once per pass of the shuffled order, so it samples without replacement: with a
 * handful of validators that favours the large ones (four validators of 32, 24, 16 and 8 ETH are picked about 46%,
 * 28%, 17% and 8% of the time, not 40/30/20/10); with hundreds or more, as on mainnet, the walk rarely goes far and
 * the shares are proportional to the effective balance.
 */
public final class ProposerSelection {

    /** Source: phase0, {@code compute_proposer_index}: {@code MAX_RANDOM_BYTE = 2**8 - 1}. */
    static final long MAX_RANDOM_BYTE = 255;

    private ProposerSelection() {
    }

    /**
     * Where {@code index} goes in a "swap-or-not" shuffle of {@code indexCount} items: {@code SHUFFLE_ROUND_COUNT}
     * rounds, each pairing positions around a pivot from the seed and swapping a pair or not by a bit of a hash.
     * Source: phase0, {@code compute_shuffled_index}.
     */
    public static long computeShuffledIndex(long index, long indexCount, Hash seed) {
        if (indexCount <= 0 || index < 0 || index >= indexCount) {
            throw new IllegalArgumentException("index " + index + " is not below the count " + indexCount);
        }
        byte[] s = seed.bytes();
        for (int round = 0; round < SpecConstants.SHUFFLE_ROUND_COUNT; round++) {
            byte[] roundByte = {(byte) round};
            byte[] pivotHash = Sha256.hash(s, roundByte).bytes();
            long pivot = Long.remainderUnsigned(bytesToUint64(pivotHash), indexCount);
            long flip = Math.floorMod(pivot + indexCount - index, indexCount);
            long position = Math.max(index, flip);
            byte[] positionBytes = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) (position / 256)).array();
            byte[] source = Sha256.hash(s, roundByte, positionBytes).bytes();
            int b = source[(int) (position % 256 / 8)] & 0xff;
            int bit = b >> (int) (position % 8) & 1;
            index = bit == 1 ? flip : index;
        }
        return index;
    }

    /**
     * A validator from {@code indices}, sampled by effective balance. Source: phase0, {@code compute_proposer_index}:
     * the {@code i}-th candidate is {@code indices[compute_shuffled_index(i % total, total, seed)]}, accepted if
     * {@code effective_balance * MAX_RANDOM_BYTE >= MAX_EFFECTIVE_BALANCE * random_byte}, where {@code random_byte}
     * is byte {@code i % 32} of {@code hash(seed + uint_to_bytes(i // 32))}.
     *
     * @param effectiveBalances the effective balance of every validator, by validator index
     */
    public static int computeProposerIndex(Gwei[] effectiveBalances, int[] indices, Hash seed) {
        if (indices.length == 0) {
            throw new IllegalArgumentException("there must be at least one validator to choose from");
        }
        long total = indices.length;
        byte[] s = seed.bytes();
        byte[] randomBytes = null;
        for (long i = 0; ; i++) {
            int candidate = indices[(int) computeShuffledIndex(i % total, total, seed)];
            if (i % 32 == 0) {
                randomBytes = Sha256.hash(s, RandomnessBeacon.uintToBytes(i / 32)).bytes();
            }
            long randomByte = randomBytes[(int) (i % 32)] & 0xff;
            long effectiveBalance = effectiveBalances[candidate].value();
            if (effectiveBalance * MAX_RANDOM_BYTE >= SpecConstants.MAX_EFFECTIVE_BALANCE * randomByte) {
                return candidate;
            }
        }
    }

    /**
     * The proposer of {@code slot} among all the given validators (all active):
     * {@code compute_proposer_index(indices, hash(get_seed(epoch, DOMAIN_BEACON_PROPOSER) + uint_to_bytes(slot)))}.
     * Source: phase0, {@code get_beacon_proposer_index}.
     */
    public static int getBeaconProposerIndex(RandomnessBeacon beacon, Slot slot, Gwei[] effectiveBalances) {
        Hash epochSeed = beacon.getSeed(slot.epoch(), SpecConstants.DOMAIN_BEACON_PROPOSER);
        Hash seed = Sha256.hash(epochSeed.bytes(), RandomnessBeacon.uintToBytes(slot.value()));
        int[] indices = new int[effectiveBalances.length];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        return computeProposerIndex(effectiveBalances, indices, seed);
    }

    /**
     * Proposers of slots {@code 0 .. slots - 1} counted per validator: columns {@code validator},
     * {@code effectiveBalanceEth}, {@code expectedShare} (its share of the stake), {@code proposals},
     * {@code observedShare}.
     */
    public static Table frequencies(Gwei[] effectiveBalances, long slots, long seed, Progress progress) {
        RandomnessBeacon beacon = RandomnessBeacon.seeded(seed);
        long[] counts = new long[effectiveBalances.length];
        for (long s = 0; s < slots; s++) {
            counts[getBeaconProposerIndex(beacon, Slot.of(s), effectiveBalances)]++;
            progress.step();
        }
        progress.done();
        long totalStake = 0;
        for (Gwei g : effectiveBalances) {
            totalStake = Math.addExact(totalStake, g.value());
        }
        IntColumn validator = IntColumn.create("validator");
        DoubleColumn balance = DoubleColumn.create("effectiveBalanceEth");
        DoubleColumn expected = DoubleColumn.create("expectedShare");
        LongColumn proposals = LongColumn.create("proposals");
        DoubleColumn observed = DoubleColumn.create("observedShare");
        for (int v = 0; v < effectiveBalances.length; v++) {
            validator.append(v);
            balance.append(effectiveBalances[v].toEther());
            expected.append(effectiveBalances[v].value() / (double) totalStake);
            proposals.append(counts[v]);
            observed.append(counts[v] / (double) Math.max(1, slots));
        }
        return Table.create("proposers of " + slots + " slots", validator, balance, expected, proposals, observed);
    }

    /** {@link #frequencies(Gwei[], long, long, Progress)} without a progress bar. */
    public static Table frequencies(Gwei[] effectiveBalances, long slots, long seed) {
        return frequencies(effectiveBalances, slots, seed, Progress.silent("proposers", slots));
    }

    /** Source: phase0, {@code bytes_to_uint64}: the first 8 bytes, little-endian. */
    private static long bytesToUint64(byte[] data) {
        return ByteBuffer.wrap(data, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }
}
