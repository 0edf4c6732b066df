package layers.kernel.magic;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code %classpath PATH...} adds class folders and jars; {@code %jars PATH...} adds jars only. Paths may be
 * separated by spaces or the platform's path separator, and the last part may be a glob ({@code lib/*.jar}).
 */
public final class ClasspathMagic implements Magic {

    private final boolean jarsOnly;

    private ClasspathMagic(boolean jarsOnly) {
        this.jarsOnly = jarsOnly;
    }

    public static ClasspathMagic classpath() {
        return new ClasspathMagic(false);
    }

    public static ClasspathMagic jars() {
        return new ClasspathMagic(true);
    }

    private String name() {
        return jarsOnly ? "%jars" : "%classpath";
    }

    @Override
    public Object run(String arguments, String body, MagicContext context) throws IOException {
        List<String> specs = new ArrayList<>();
        for (String part : arguments.strip().split("[\\s" + File.pathSeparator + "]+")) {
            if (!part.isBlank()) {
                specs.add(unquote(part));
            }
        }
        if (specs.isEmpty()) {
            throw new MagicError(name() + " needs at least one path, e.g. " + name()
                    + (jarsOnly ? " lib/*.jar" : " target/classes"));
        }
        List<Path> added = new ArrayList<>();
        for (String spec : specs) {
            for (Path path : resolve(spec, context.workingDirectory())) {
                if (jarsOnly && !path.toString().endsWith(".jar")) {
                    throw new MagicError("%jars takes jar files; " + path + " is not a .jar (use %classpath for folders)");
                }
                context.addToClasspath(path);
                added.add(path);
            }
        }
        System.out.println("Added to the classpath: " + added.stream().map(Path::toString)
                .reduce((a, b) -> a + ", " + b).orElse(""));
        return NO_VALUE;
    }

    private List<Path> resolve(String spec, Path base) throws IOException {
        Path path = base.resolve(expandHome(spec)).normalize();
        String last = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!last.contains("*") && !last.contains("?")) {
            if (!Files.exists(path)) {
                throw new MagicError(name() + ": no such file or folder: " + path);
            }
            return List.of(path);
        }
        Path dir = path.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new MagicError(name() + ": no such folder: " + dir);
        }
        PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + last);
        List<Path> matches;
        try (Stream<Path> files = Files.list(dir)) {
            matches = files.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        }
        if (matches.isEmpty()) {
            throw new MagicError(name() + ": nothing in " + dir + " matches " + last);
        }
        return matches;
    }

    private static String expandHome(String spec) {
        return spec.startsWith("~/") ? System.getProperty("user.home") + spec.substring(1) : spec;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
                ? s.substring(1, s.length() - 1) : s;
    }
}
