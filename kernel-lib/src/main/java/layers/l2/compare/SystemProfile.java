package layers.l2.compare;

import java.util.List;
import java.util.Objects;

/**
 * One system's measurable and structural facts, each taken from a course model (see {@link SystemProfiles}).
 *
 * @param name                display name
 * @param layer               1 or 2
 * @param consensus           the system's own consensus, or {@code null} when it has none
 * @param security            where its safety comes from
 * @param tps                 transactions per second it can carry
 * @param feeUsd              fee of one typical transaction, in dollars
 * @param softSeconds         seconds until the user sees the transaction accepted (inclusion, soft confirmation)
 * @param finalSeconds        seconds until it cannot be reverted and funds can leave to L1 (for L1: finality)
 * @param data                where the data lives
 * @param contracts           general smart contracts, or {@code null} for limited scripting
 * @param extraTrust          safety assumptions beyond L1 (empty for an L1), e.g. "5 of 9 bridge keys honest"
 * @param livenessRisks       what can delay or censor a user without stealing (a sequencer, a withdrawal delay)
 * @param dependsOnL1         whether it needs an L1 to settle
 * @param sources             one line per measured field: which model and inputs produced it
 */
public record SystemProfile(String name, int layer, String consensus, SecuritySource security, double tps,
                            double feeUsd, double softSeconds, double finalSeconds, DataHome data, String contracts,
                            List<String> extraTrust, List<String> livenessRisks, boolean dependsOnL1, List<String> sources) {

    public SystemProfile {
        Objects.requireNonNull(name, "name");
        if (layer != 1 && layer != 2) {
            throw new IllegalArgumentException(name + ": layer must be 1 or 2, got " + layer);
        }
        positive(name, "tps", tps);
        positive(name, "feeUsd", feeUsd);
        positive(name, "softSeconds", softSeconds);
        positive(name, "finalSeconds", finalSeconds);
        if (finalSeconds < softSeconds) {
            throw new IllegalArgumentException(name + ": finalSeconds " + finalSeconds
                    + " is before softSeconds " + softSeconds);
        }
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(data, "data");
        extraTrust = List.copyOf(extraTrust);
        livenessRisks = List.copyOf(livenessRisks);
        sources = List.copyOf(sources);
        if (layer == 1 && dependsOnL1) {
            throw new IllegalArgumentException(name + ": a layer-1 system cannot depend on an L1");
        }
    }

    private static void positive(String name, String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + ": " + field + " must be positive and finite, got " + value);
        }
    }

    /** Whether the system has a consensus of its own. */
    public boolean ownConsensus() {
        return consensus != null;
    }

    /** Whether it adds no trust assumption beyond its L1 (or, for an L1, beyond itself). */
    public boolean noExtraTrust() {
        return extraTrust.isEmpty();
    }
}
