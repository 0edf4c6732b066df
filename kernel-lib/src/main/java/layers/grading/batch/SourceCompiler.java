package layers.grading.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a tree of Java sources with the JDK's compiler, keeping what compiles.
 *
 * <p>When some files do not compile, they are left out and the rest is compiled again, until what remains compiles:
 * one broken exercise costs a student that exercise, not all of them. The errors of the files left out are kept,
 * in javac's words, to be shown to the student.
 */
public final class SourceCompiler {

    /** The Java release learners write; the course's parent POM sets the same. */
    public static final String RELEASE = "17";

    private SourceCompiler() {
    }

    /**
     * What came of compiling a tree.
     *
     * @param output     where the classes are
     * @param errors     for each source left out (relative to the tree's root, with '/'), its errors as
     *                   {@code File.java:12: ';' expected}
     */
    public record Compiled(Path output, Map<String, List<String>> errors) {
        public boolean allCompiled() {
            return errors.isEmpty();
        }
    }

    /** Compiles every {@code .java} file under {@code sourceRoot} into {@code output}, leaving out what fails. */
    public static Compiled compile(Path sourceRoot, List<Path> classpath, Path output) {
        List<Path> sources = javaFilesUnder(sourceRoot);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Set<Path> remaining = new LinkedHashSet<>(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: run the course's tools with a JDK, not a JRE");
        }
        while (!remaining.isEmpty()) {
            Map<Path, List<String>> failed = compileOnce(javac, sourceRoot, remaining, classpath, output);
            if (failed.isEmpty()) {
                break;
            }
            for (Map.Entry<Path, List<String>> entry : failed.entrySet()) {
                errors.put(relative(sourceRoot, entry.getKey()), entry.getValue());
                remaining.remove(entry.getKey());
            }
        }
        return new Compiled(output, errors);
    }

    private static Map<Path, List<String>> compileOnce(JavaCompiler javac, Path sourceRoot, Set<Path> sources,
                                                       List<Path> classpath, Path output) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ENGLISH,
                StandardCharsets.UTF_8)) {
            clean(output);
            Files.createDirectories(output);
            List<String> options = List.of("--release", RELEASE, "-encoding", "UTF-8", "-parameters", "-g",
                    "-proc:none", "-nowarn", "-Xlint:none", "-implicit:none",
                    "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(
                            java.io.File.pathSeparator)),
                    "-d", output.toString());
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
            Map<Path, List<String>> failed = new LinkedHashMap<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.ERROR) {
                    continue;
                }
                Path file = d.getSource() == null ? null : Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
                if (file == null || !sources.contains(file)) {
                    continue;
                }
                failed.computeIfAbsent(file, f -> new ArrayList<>()).add(describe(file, d));
            }
            if (!ok && failed.isEmpty()) {
                // Errors javac could not pin on a file (a bad option, a missing class path entry): nothing compiles.
                List<String> all = diagnostics.getDiagnostics().stream().map(d -> d.getMessage(Locale.ENGLISH)).toList();
                sources.forEach(file -> failed.put(file, all.isEmpty() ? List.of("javac failed") : all));
            }
            return failed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Path file, Diagnostic<? extends JavaFileObject> d) {
        String message = d.getMessage(Locale.ENGLISH);
        int newline = message.indexOf('\n');
        return file.getFileName() + ":" + d.getLineNumber() + ": " + (newline >= 0 ? message.substring(0, newline)
                : message);
    }

    private static List<Path> javaFilesUnder(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                    .map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path file) {
        return root.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
    }

    /** Deletes a directory tree, so that classes of a file left out do not linger from an earlier attempt. */
    static void clean(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
