package layers.l1.throughput;

import layers.l1.fees.Gas;

import java.time.LocalDate;

/**
 * Ethereum's block gas limit over time. It is not a protocol constant: validators (before the Merge, miners) vote it
 * up or down by at most 1/1024 per block, and EIP-1559 sets the target at half of it. Dates are when the new limit
 * was reached on mainnet, from contemporary reports; the course treats the limit as an input.
 */
public enum GasLimitHistory {
    /** London (EIP-1559), block 12,965,000, 5 August 2021: a 15M target and a 30M limit (the limit had been 15M). */
    LONDON_2021(Gas.millions(30), LocalDate.of(2021, 8, 5), "EIP-1559 at London, block 12,965,000"),
    /** Raised to 36M by validator signalling in early February 2025, the first rise since 2021 (first rises seen 4 February). */
    FEBRUARY_2025(Gas.millions(36), LocalDate.of(2025, 2, 4), "validator signalling, reported by CryptoSlate and others"),
    /** Raised to 45M on 21–22 July 2025 (reported at block 22,968,004). */
    JULY_2025(Gas.millions(45), LocalDate.of(2025, 7, 22), "validator signalling, reported by The Block"),
    /** Raised to 60M on 25 November 2025, before the Fusaka fork. */
    NOVEMBER_2025(Gas.millions(60), LocalDate.of(2025, 11, 25), "validator signalling, reported by several outlets");

    private final Gas limit;
    private final LocalDate since;
    private final String source;

    GasLimitHistory(Gas limit, LocalDate since, String source) {
        this.limit = limit;
        this.since = since;
        this.source = source;
    }

    public Gas limit() {
        return limit;
    }

    /** EIP-1559's target: half the limit ({@link layers.l1.fees.Eip1559#parentGasTarget}). */
    public Gas target() {
        return layers.l1.fees.Eip1559.parentGasTarget(limit);
    }

    public LocalDate since() {
        return since;
    }

    public String source() {
        return source;
    }

    /** The limit in force on {@code date} (from London on). */
    public static GasLimitHistory inForceOn(LocalDate date) {
        GasLimitHistory current = null;
        for (GasLimitHistory g : values()) {
            if (!g.since.isAfter(date)) {
                current = g;
            }
        }
        if (current == null) {
            throw new IllegalArgumentException(date + " is before London (" + LONDON_2021.since + "), where this history starts");
        }
        return current;
    }
}
