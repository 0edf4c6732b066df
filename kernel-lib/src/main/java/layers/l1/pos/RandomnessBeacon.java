package layers.l1.pos;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Hex;
import layers.l1.crypto.Sha256;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The beacon chain's randomness, seeded: the RANDAO mix of each epoch and the seeds derived from it
 * ({@code get_randao_mix}, {@code get_seed}). In the real chain every proposer mixes its BLS "RANDAO reveal" into the
 * mix; here the mix of epoch {@code e} is simply {@code SHA-256(genesis mix || e)}, with the genesis mix
 * {@code SHA-256("layers randao" || seed)}. Same seed, same randomness. Immutable.
 */
public final class RandomnessBeacon {

    private final Hash genesisMix;

    private RandomnessBeacon(Hash genesisMix) {
        this.genesisMix = genesisMix;
    }

    public static RandomnessBeacon seeded(long seed) {
        return new RandomnessBeacon(Sha256.hash("layers randao".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                uintToBytes(seed)));
    }

    /** The mix at a recent {@code epoch}, indexed modulo {@code EPOCHS_PER_HISTORICAL_VECTOR}. Source: phase0, {@code get_randao_mix}. */
    public Hash getRandaoMix(Epoch epoch) {
        return Sha256.hash(genesisMix.bytes(), uintToBytes(epoch.value() % SpecConstants.EPOCHS_PER_HISTORICAL_VECTOR));
    }

    /**
     * The seed for duties of {@code domainType} in {@code epoch}: {@code hash(domain_type + uint_to_bytes(epoch) +
     * mix)}, with the mix of {@code MIN_SEED_LOOKAHEAD + 1} epochs earlier. Source: phase0, {@code get_seed}.
     */
    public Hash getSeed(Epoch epoch, String domainTypeHex) {
        byte[] domainType = Hex.decode(domainTypeHex);
        if (domainType.length != 4) {
            throw new IllegalArgumentException("a domain type has 4 bytes, not " + domainType.length + ": " + domainTypeHex);
        }
        Epoch mixEpoch = epoch.plus(SpecConstants.EPOCHS_PER_HISTORICAL_VECTOR - SpecConstants.MIN_SEED_LOOKAHEAD - 1);
        return Sha256.hash(domainType, uintToBytes(epoch.value()), getRandaoMix(mixEpoch).bytes());
    }

    /** Source: phase0, {@code uint_to_bytes} for a {@code uint64}: 8 bytes, little-endian ({@code ENDIANNESS = 'little'}). */
    static byte[] uintToBytes(long n) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(n).array();
    }
}
