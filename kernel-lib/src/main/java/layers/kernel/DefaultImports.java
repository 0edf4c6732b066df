package layers.kernel;

import java.util.List;

/**
 * What every notebook can use without an import: the JDK's everyday packages, charts, tables, the course. The kernel
 * adds them as one JShell snippet ({@link layers.kernel.eval.CellEvaluator#importAll}), which JShell keeps under the
 * name of its first import; so the first is this class, which no notebook imports again.
 */
public final class DefaultImports {

    public static final List<String> IMPORTS = List.of(
            "import layers.kernel.DefaultImports;",
            "import java.util.*;",
            "import java.util.function.*;",
            "import java.util.stream.*;",
            "import java.math.BigInteger;",
            "import java.math.BigDecimal;",
            "import java.time.Duration;",
            "import java.time.Instant;",
            "import java.nio.charset.StandardCharsets;",
            "import org.knowm.xchart.*;",
            "import org.knowm.xchart.style.Styler;",
            "import org.knowm.xchart.style.markers.SeriesMarkers;",
            "import tech.tablesaw.api.*;",
            "import static layers.notebook.Notebook.*;",
            // The course library, part by part (DefaultImportsTest checks that no simple name is ambiguous).
            "import layers.core.*;",
            "import layers.l1.crypto.*;",
            "import layers.l1.keys.*;",
            "import layers.l1.signatures.*;",
            "import layers.l1.merkle.*;",
            "import layers.l1.block.*;",
            "import layers.l1.ledger.*;",
            "import layers.l1.ledger.utxo.*;",
            "import layers.l1.ledger.account.*;",
            "import layers.l1.network.*;",
            "import layers.l1.pow.*;",
            "import layers.l1.pos.*;",
            "import layers.l1.dpos.*;",
            "import layers.l1.poh.*;",
            "import layers.l1.sybil.*;",
            "import layers.l1.throughput.*;",
            "import layers.l1.execution.*;",
            "import layers.l1.fees.*;",
            "import layers.l1.settlement.*;",
            "import layers.l1.trilemma.*;",
            "import layers.l1.incentives.*;",
            "import layers.l1.blobs.*;",
            "import layers.l2.batch.*;",
            "import layers.l2.fees.*;",
            "import layers.l2.rollup.*;",
            "import layers.l2.optimistic.*;",
            "import layers.l2.zk.field.*;",
            "import layers.l2.zk.poly.*;",
            "import layers.l2.zk.commit.*;",
            "import layers.l2.zk.transcript.*;",
            "import layers.l2.zk.fri.*;",
            "import layers.l2.zk.air.*;",
            "import layers.l2.zk.stark.*;",
            "import layers.l2.zk.rollup.*;",
            "import layers.l2.zk.sigma.*;",
            "import layers.l2.channels.*;",
            "import layers.l2.htlc.*;",
            "import layers.l2.lightning.*;",
            "import layers.l2.da.*;",
            "import layers.l2.quorum.*;",
            "import layers.l2.validium.*;",
            "import layers.l2.bridge.*;",
            "import layers.l2.pairs.*;",
            "import layers.l2.compare.*;");

    private DefaultImports() {
    }
}
