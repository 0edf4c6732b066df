package layers.kernel;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
