package layers.l2.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The overview seed's 13-row "Differences Between L1 and L2" table, filled from {@link SystemProfile}s: every cell is
 * a rule applied to a profile's fields, and {@link #seedCheck} compares each of the seed's rows with the result.
 */
public final class ComparisonTable {

    /** The seed's 13 aspects, in its order (overview seed, section 3). */
    public static final List<String> ASPECTS = List.of("Definition", "Security Source", "Role",
            "Transaction Processing", "Consensus Mechanism", "Scalability", "Fees", "Latency", "Data Availability",
            "Smart Contract Execution", "User Experience", "Dependency", "Risk Model");

    /** A fee below this is "cheap" for the User Experience row: one US cent. */
    public static final double CHEAP_USD = 0.01;
    /** A soft confirmation within this is "fast" for the User Experience row: one Ethereum slot. */
    public static final double FAST_SECONDS = 12;

    private ComparisonTable() {
    }

    /** One row per aspect, one column per system. */
    public static Table computed(List<SystemProfile> systems) {
        if (systems.isEmpty()) {
            throw new IllegalArgumentException("no systems to compare");
        }
        Table t = Table.create("L1 vs L2, computed", StringColumn.create("aspect", ASPECTS));
        for (SystemProfile s : systems) {
            t.addColumns(StringColumn.create(s.name(), ASPECTS.stream().map(a -> cell(a, s)).toList()));
        }
        return t;
    }

    /** The cell of {@code aspect} for {@code s}. */
    public static String cell(String aspect, SystemProfile s) {
        return switch (aspect) {
            case "Definition" -> s.layer() == 1 ? "base chain: own consensus, execution and settlement"
                    : s.ownConsensus() ? "separate chain bridged to L1"
                    : s.data() == DataHome.CHANNEL_PARTIES ? "channels between parties, opened and closed on L1"
                    : "executes off L1, posts " + (s.data().onL1() ? "data and " : "") + "commitments to L1";
            case "Security Source" -> "secured by " + s.security().phrase();
            case "Role" -> s.layer() == 1 ? (s.contracts() != null ? "settlement layer for L2s and contracts"
                    : "settlement layer for payments and channels")
                    : s.ownConsensus() ? "scaling by a separate, cheaper chain" : "scaling: off-chain execution";
            case "Transaction Processing" -> s.layer() == 1 ? "directly on the main chain"
                    : s.ownConsensus() ? "on its own chain; bridge anchors to L1"
                    : s.data() == DataHome.CHANNEL_PARTIES ? "between channel parties; L1 sees open and close"
                    : "by a sequencer off L1, then anchored to L1";
            case "Consensus Mechanism" -> s.ownConsensus() ? s.consensus()
                    : "none of its own; final when L1 settles it";
            case "Scalability" -> String.format(Locale.ROOT, "%,.0f tps%s", s.tps(),
                    s.data() == DataHome.CHANNEL_PARTIES ? " per channel" : "");
            case "Fees" -> String.format(Locale.ROOT, "$%s per tx", money(s.feeUsd()));
            case "Latency" -> "soft " + duration(s.softSeconds()) + ", final " + duration(s.finalSeconds());
            case "Data Availability" -> s.data().phrase();
            case "Smart Contract Execution" -> s.contracts() == null ? "limited scripting"
                    : (s.layer() == 1 ? "on-chain " : "off-chain ") + s.contracts();
            case "User Experience" -> (s.feeUsd() < CHEAP_USD ? "cheap" : "costly") + ", "
                    + (s.softSeconds() <= FAST_SECONDS ? "fast" : "slow")
                    + (s.finalSeconds() > 86_400 ? "; exits to L1 take days" : "");
            case "Dependency" -> s.dependsOnL1() ? "depends on L1 to settle" : "independent blockchain";
            case "Risk Model" -> {
                List<String> all = new ArrayList<>(s.extraTrust());
                all.addAll(s.livenessRisks());
                yield all.isEmpty() ? "attacks on its own consensus only" : String.join("; ", all);
            }
            default -> throw new IllegalArgumentException("unknown aspect '" + aspect + "', expected one of " + ASPECTS);
        };
    }

    /** The seed's claims, as it states them: aspect, Layer 1 column, Layer 2 column. */
    public static List<String[]> seedRows() {
        return List.of(
                new String[]{"Definition", "Base blockchain protocol handling consensus, execution, and settlement.",
                        "Secondary protocol built on top of L1 for scalability and faster transactions."},
                new String[]{"Security Source", "Secured by its own validators/consensus.",
                        "Inherits security from L1 (rollups) or partially independent (sidechains)."},
                new String[]{"Role", "Foundation of the ecosystem; global settlement layer.",
                        "Scaling layer; off-chain execution engine."},
                new String[]{"Transaction Processing", "Directly on main chain.",
                        "Off-chain or in dedicated environments, then anchored to L1."},
                new String[]{"Consensus Mechanism", "PoW, PoS, DPoS, etc.",
                        "Usually no separate consensus; relies on L1 for finality."},
                new String[]{"Scalability", "Limited by decentralization requirements.",
                        "Very high; thousands of TPS via batching/compression."},
                new String[]{"Fees", "Higher due to limited block space.", "Lower; gas amortized across many transactions."},
                new String[]{"Latency", "Slower (seconds to minutes).", "Fast (near-instant on many L2s)."},
                new String[]{"Data Availability", "On-chain, fully replicated.",
                        "Often compressed or partially stored on L1."},
                new String[]{"Smart Contract Execution", "On-chain EVM/VM.",
                        "Off-chain rollup VMs or alt VMs (Cairo, zkEVM)."},
                new String[]{"User Experience", "More costly, sometimes slower.", "Cheaper, faster transactions."},
                new String[]{"Dependency", "Independent blockchain.", "Depends on L1 for security and settlement."},
                new String[]{"Risk Model", "Subject to base-layer attacks only.",
                        "Additional risks: sequencers, bridges, delays."});
    }

    /** A verdict on one of the seed's rows: whether the computed profiles agree, and why. */
    public record RowCheck(String aspect, boolean agrees, String why) {
    }

    /** Each of the seed's 13 rows checked against the profiles. */
    public static List<RowCheck> checks(List<SystemProfile> systems) {
        List<SystemProfile> l1 = systems.stream().filter(s -> s.layer() == 1).toList();
        List<SystemProfile> l2 = systems.stream().filter(s -> s.layer() == 2).toList();
        if (l1.isEmpty() || l2.isEmpty()) {
            throw new IllegalArgumentException("the check needs at least one L1 and one L2, got " + names(systems));
        }
        List<RowCheck> out = new ArrayList<>();
        out.add(all("Definition", l1, s -> !s.dependsOnL1() && s.ownConsensus(), l2, SystemProfile::dependsOnL1,
                "every L1 has its own consensus and no L1 under it; every L2 settles on an L1"));
        out.add(all("Security Source", l1, s -> !s.security().fromL1(), l2,
                s -> s.security().fromL1() || s.ownConsensus(),
                "L2s either take security from L1 or, like the sidechain, from their own validators"));
        out.add(all("Role", l1, s -> systems.stream().anyMatch(SystemProfile::dependsOnL1), l2,
                s -> s.tps() > maxTps(l1), "L2s carry more transactions per second than any L1 here"));
        out.add(all("Transaction Processing", l1, s -> s.data() == DataHome.OWN_BLOCKS, l2,
                s -> s.data() != DataHome.OWN_BLOCKS, "L1 transactions sit in its own blocks, L2 ones elsewhere"));
        long withConsensus = l2.stream().filter(SystemProfile::ownConsensus).count();
        out.add(new RowCheck("Consensus Mechanism", withConsensus * 2 < l2.size(), withConsensus + " of " + l2.size()
                + " L2s have a consensus of their own (" + names(l2.stream().filter(SystemProfile::ownConsensus)
                .toList()) + "): \"usually\" holds"));
        List<SystemProfile> slow = l2.stream().filter(s -> s.tps() < 1_000).toList();
        out.add(new RowCheck("Scalability", slow.isEmpty() && maxTps(l1) < 1_000, slow.isEmpty()
                ? "every L2 reaches thousands of tps"
                : "below 1,000 tps: " + describe(slow, s -> String.format(Locale.ROOT, "%,.0f", s.tps()))
                + "; the bound is L1 data space or execution, not batching alone"));
        double minL1Fee = l1.stream().mapToDouble(SystemProfile::feeUsd).min().orElseThrow();
        List<SystemProfile> dearer = l2.stream().filter(s -> s.feeUsd() >= minL1Fee).toList();
        out.add(new RowCheck("Fees", dearer.isEmpty(), dearer.isEmpty()
                ? String.format(Locale.ROOT, "every L2 fee is below the cheapest L1's $%s", money(minL1Fee))
                : "not cheaper than every L1: " + describe(dearer, s -> "$" + money(s.feeUsd()))));
        List<SystemProfile> slowFinal = l2.stream().filter(s -> s.finalSeconds() > 86_400).toList();
        boolean softFast = l2.stream().allMatch(s -> s.softSeconds() <= FAST_SECONDS);
        out.add(new RowCheck("Latency", softFast && slowFinal.isEmpty(), (softFast
                ? "every L2's soft confirmation is within one slot"
                : "some L2s are slow even to confirm softly") + (slowFinal.isEmpty() ? ""
                : "; but finality on L1 is slower than on L1 itself for " + describe(slowFinal,
                s -> duration(s.finalSeconds())))));
        List<SystemProfile> offL1 = l2.stream().filter(s -> !s.data().onL1()).toList();
        out.add(new RowCheck("Data Availability", l1.stream().allMatch(s -> s.data() == DataHome.OWN_BLOCKS)
                && offL1.size() * 2 < l2.size(), "data off L1 for " + describe(offL1, s -> s.data().phrase())
                + "; \"often\" on L1 holds only if " + offL1.size() + " of " + l2.size() + " is a minority"));
        List<SystemProfile> noContracts = systems.stream().filter(s -> s.contracts() == null).toList();
        out.add(new RowCheck("Smart Contract Execution", noContracts.isEmpty(), noContracts.isEmpty()
                ? "every system runs general contracts"
                : "no general contracts on " + names(noContracts) + " (limited scripting)"));
        List<SystemProfile> notBetter = l2.stream()
                .filter(s -> !(s.feeUsd() < CHEAP_USD && s.softSeconds() <= FAST_SECONDS)).toList();
        out.add(new RowCheck("User Experience", notBetter.isEmpty(), notBetter.isEmpty()
                ? "every L2 is cheap (< $0.01) and fast (<= 12 s soft)"
                : "not both cheap and fast: " + names(notBetter)));
        List<SystemProfile> ownSecurity = l2.stream().filter(s -> !s.security().fromL1()).toList();
        out.add(new RowCheck("Dependency", ownSecurity.isEmpty() && l1.stream().noneMatch(SystemProfile::dependsOnL1),
                ownSecurity.isEmpty() ? "every L2 depends on L1 for security and settlement"
                        : "depends on L1 for settlement only, not security: " + names(ownSecurity)));
        List<SystemProfile> noRisk = l2.stream().filter(s -> s.extraTrust().isEmpty() && s.livenessRisks().isEmpty())
                .toList();
        out.add(new RowCheck("Risk Model", noRisk.isEmpty() && l1.stream().allMatch(SystemProfile::noExtraTrust),
                noRisk.isEmpty() ? "every L2 adds a trust or liveness risk; no L1 does"
                        : "no extra risk found for " + names(noRisk)));
        return out;
    }

    /** The seed's rows beside the computed verdicts, as a table. */
    public static Table seedCheck(List<SystemProfile> systems) {
        List<RowCheck> checks = checks(systems);
        List<String[]> seed = seedRows();
        return Table.create("the seed's table, checked",
                StringColumn.create("aspect", ASPECTS),
                StringColumn.create("seed: Layer 1", seed.stream().map(r -> r[1]).toList()),
                StringColumn.create("seed: Layer 2", seed.stream().map(r -> r[2]).toList()),
                StringColumn.create("computed", checks.stream().map(c -> c.agrees() ? "agrees" : "differs").toList()),
                StringColumn.create("why", checks.stream().map(RowCheck::why).toList()));
    }

    private static RowCheck all(String aspect, List<SystemProfile> l1, java.util.function.Predicate<SystemProfile> l1Rule,
                                List<SystemProfile> l2, java.util.function.Predicate<SystemProfile> l2Rule, String why) {
        List<SystemProfile> broken = new ArrayList<>(l1.stream().filter(l1Rule.negate()).toList());
        broken.addAll(l2.stream().filter(l2Rule.negate()).toList());
        return new RowCheck(aspect, broken.isEmpty(), broken.isEmpty() ? why : "does not hold for " + names(broken));
    }

    private static double maxTps(List<SystemProfile> systems) {
        return systems.stream().mapToDouble(SystemProfile::tps).max().orElse(0);
    }

    private static String names(List<SystemProfile> systems) {
        return systems.stream().map(SystemProfile::name).collect(Collectors.joining(", "));
    }

    private static String describe(List<SystemProfile> systems, Function<SystemProfile, String> value) {
        return systems.stream().map(s -> s.name() + " " + value.apply(s)).collect(Collectors.joining(", "));
    }

    /** Dollars with enough digits to show sub-cent fees: 3 significant digits. */
    static String money(double usd) {
        return usd >= 1 ? String.format(Locale.ROOT, "%.2f", usd) : String.format(Locale.ROOT, "%.3g", usd);
    }

    /** Seconds, minutes, hours or days, whichever reads best. */
    static String duration(double seconds) {
        if (seconds < 1) {
            return String.format(Locale.ROOT, "%.2g s", seconds);
        } else if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        } else if (seconds < 7_200) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        } else if (seconds < 172_800) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3_600);
        }
        return String.format(Locale.ROOT, "%.1f days", seconds / 86_400);
    }
}
