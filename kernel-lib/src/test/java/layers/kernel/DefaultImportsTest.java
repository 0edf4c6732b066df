package layers.kernel;

import layers.kernel.eval.CellEvaluator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A notebook imports every course package on demand, so two public classes with the same simple name in two of them
 * would make that name ambiguous in every cell ("reference to X is ambiguous"). This test names any such pair.
 */
class DefaultImportsTest {

    private static boolean exists(String className) {
        try {
            return java.lang.reflect.Modifier.isPublic(
                    Class.forName(className, false, DefaultImportsTest.class.getClassLoader()).getModifiers());
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean isPublic(String className) {
        try {
            return java.lang.reflect.Modifier.isPublic(
                    Class.forName(className, false, DefaultImportsTest.class.getClassLoader()).getModifiers());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theKernelAddsEveryDefaultImportInOneSnippet() {
        try (CellEvaluator cells = new CellEvaluator(getClass().getClassLoader(), System.getProperty("java.class.path"),
                Duration.ZERO)) {
            cells.importAll(DefaultImports.IMPORTS);
            assertEquals(1, cells.shell().imports().count(), "one snippet, so a single compilation at start-up");
            // A name from the first line after the marker, one from the middle and one from the last line.
            assertEquals(3, cells.eval("new ArrayList<>(List.of(1, 2, 3)).size()", 1).value());
            assertTrue(cells.eval("XYChartBuilder.class", 2).hasValue());
            assertTrue(cells.eval("layers.l2.compare.ComparisonTable.class == ComparisonTable.class", 3).value().equals(true));
            // Repeating a JDK import in a cell, as a learner may, keeps the rest.
            cells.eval("import java.util.*;", 4);
            assertTrue(cells.eval("XYChartBuilder.class", 5).hasValue());
        }
    }

    @Test
    void noSimpleNameIsDefinedByTwoCoursePackages() throws IOException, URISyntaxException {
        Path classes = Path.of(DefaultImports.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, List<String>> owners = new HashMap<>();
        for (String line : DefaultImports.IMPORTS) {
            if (!line.startsWith("import layers.") || !line.endsWith(".*;")) {
                continue;
            }
            String pkg = line.substring("import ".length(), line.length() - ".*;".length());
            Path dir = classes.resolve(pkg.replace('.', '/'));
            assertTrue(Files.isDirectory(dir), "default import of a package that does not exist: " + pkg);
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
                        .map(n -> n.replace(".class", ""))
                        .filter(n -> isPublic(pkg + "." + n))
                        .forEach(n -> owners.computeIfAbsent(n, k -> new ArrayList<>()).add(pkg));
            }
        }
        List<String> clashes = new ArrayList<>();
        owners.forEach((name, pkgs) -> {
            if (pkgs.size() > 1) {
                clashes.add(name + " in " + pkgs);
            }
            // The other on-demand imports (java.util.*, org.knowm.xchart.*, tech.tablesaw.api.*, ...).
            for (String line : DefaultImports.IMPORTS) {
                if (line.startsWith("import layers.") || line.startsWith("import static") || !line.endsWith(".*;")) {
                    continue;
                }
                String other = line.substring("import ".length(), line.length() - ".*;".length());
                if (exists(other + "." + name)) {
                    clashes.add(name + " in " + pkgs + " and " + other);
                }
            }
        });
        if (!clashes.isEmpty()) {
            fail("ambiguous in notebooks: " + clashes);
        }
    }
}
