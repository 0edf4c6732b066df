package layers.l1.blobs;

import java.util.List;
import java.util.Objects;

/**
 * A fork's blob parameters, as EIP-7840's {@code blobSchedule} lists them: the target and maximum blobs per block and
 * the base fee update fraction (EIP-7892: "target, max, and baseFeeUpdateFraction"), plus whether EIP-7918's reserve
 * price applies (from Osaka on).
 *
 * @param fork                  the fork's name in the execution layer's configuration
 * @param target                blobs per block the fee aims at
 * @param max                   blobs a block may hold
 * @param baseFeeUpdateFraction the denominator of {@link Eip4844#fakeExponential}: larger means a slower price
 * @param reservePrice          whether {@link Eip7918#calcExcessBlobGas} replaces {@link Eip4844#calcExcessBlobGas}
 */
public record BlobSchedule(String fork, int target, int max, long baseFeeUpdateFraction, boolean reservePrice) {

    /**
     * EIP-4844 (Cancun, mainnet 2024-03-13): TARGET_BLOB_GAS_PER_BLOCK = 393216 (3 blobs), MAX_BLOB_GAS_PER_BLOCK =
     * 786432 (6), BLOB_BASE_FEE_UPDATE_FRACTION = 3338477.
     */
    public static final BlobSchedule CANCUN = new BlobSchedule("cancun", 3, 6, 3_338_477L, false);
    /**
     * EIP-7691 (Prague, mainnet 2025-05-07): TARGET_BLOBS_PER_BLOCK_ELECTRA = 6, MAX_BLOBS_PER_BLOCK_ELECTRA = 9,
     * BLOB_BASE_FEE_UPDATE_FRACTION_PRAGUE = 5007716.
     */
    public static final BlobSchedule PRAGUE = new BlobSchedule("prague", 6, 9, 5_007_716L, false);
    /** Osaka (Fusaka, mainnet 2025-12-03): Prague's numbers (EIP-7892's blobSchedule) with EIP-7918's reserve price. */
    public static final BlobSchedule OSAKA = new BlobSchedule("osaka", 6, 9, 5_007_716L, true);
    /** EIP-7892's first blob-parameter-only fork, bpo1 (mainnet 2025-12-09): target 10, max 15, fraction 8346193. */
    public static final BlobSchedule BPO1 = new BlobSchedule("bpo1", 10, 15, 8_346_193L, true);
    /** EIP-7892's second blob-parameter-only fork, bpo2 (mainnet 2026-01-07): target 14, max 21, fraction 11684671. */
    public static final BlobSchedule BPO2 = new BlobSchedule("bpo2", 14, 21, 11_684_671L, true);

    /**
     * @throws IllegalArgumentException naming the values if the target is not between 1 and the maximum or the
     *                                  fraction is not positive
     */
    public BlobSchedule {
        Objects.requireNonNull(fork, "fork");
        if (target < 1 || max < target) {
            throw new IllegalArgumentException("a blob schedule needs 1 <= target <= max, not target " + target
                    + " and max " + max + " (" + fork + ")");
        }
        if (baseFeeUpdateFraction <= 0) {
            throw new IllegalArgumentException("the base fee update fraction must be positive, not "
                    + baseFeeUpdateFraction + " (" + fork + ")");
        }
    }

    /** Mainnet's schedule so far, oldest first. */
    public static List<BlobSchedule> mainnet() {
        return List.of(CANCUN, PRAGUE, OSAKA, BPO1, BPO2);
    }

    /** EIP-7892: TARGET_BLOB_GAS_PER_BLOCK is {@code GAS_PER_BLOB * blob_schedule.target}. */
    public long targetBlobGasPerBlock() {
        return Eip4844.GAS_PER_BLOB * target;
    }

    public long maxBlobGasPerBlock() {
        return Eip4844.GAS_PER_BLOB * max;
    }

    /** The rule this fork uses for the next block's excess blob gas. */
    public long calcExcessBlobGas(BlobHeader parent) {
        return reservePrice ? Eip7918.calcExcessBlobGas(parent, this) : Eip4844.calcExcessBlobGas(parent, this);
    }

    /** {@code "cancun (target 3, max 6)"}. */
    @Override
    public String toString() {
        return fork + " (target " + target + ", max " + max + ")";
    }
}
