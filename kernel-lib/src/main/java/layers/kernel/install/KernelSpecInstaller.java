package layers.kernel.install;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.zip.ZipFile;

/**
 * Installs the Jupyter kernel spec of the Layers Java kernel.
 *
 * <p>The kernel spec is a directory {@code <kernels>/layers/} holding {@code kernel.json} and a {@code lib/}
 * directory with every jar the kernel needs. The jars are copied rather than referred to in place, so the installed
 * kernel keeps working while the project is rebuilt or cleaned; running the installer again brings the copy up to
 * date and deletes jars left over from an earlier install.
 *
 * <p>{@code kernel.json} starts the kernel as
 * {@code java -Xmx1g -XX:+UseSerialGC -Xshare:auto -Djava.awt.headless=true -cp <kernel dir>/lib/* layers.kernel.Main
 * {connection_file}}, with absolute paths. These defaults suit a container with 2 GB of memory, such as a Binder pod:
 * the serial collector has the smallest footprint, and the heap limit leaves room for the notebook server. The heap
 * limit can be changed at install time with {@code --heap} or {@code LAYERS_KERNEL_HEAP}. The spec sets
 * {@code LAYERS_CELL_TIMEOUT=0} (no time limit per cell); edit {@code kernel.json} or install with
 * {@code --cell-timeout} to change it.
 *
 * <p>The installer needs nothing but the JDK, so it runs with just the kernel-lib jar on the class path.
 */
public final class KernelSpecInstaller {

    /** The class Jupyter starts. */
    public static final String MAIN_CLASS = "layers.kernel.Main";

    /** JVM options every kernel gets, after {@code -Xmx}. */
    static final List<String> BASE_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-Xshare:auto",
            "-Djava.awt.headless=true");

    /** The environment variable the kernel reads for its per-cell time limit, in seconds (0 = none). */
    public static final String CELL_TIMEOUT_ENV = "LAYERS_CELL_TIMEOUT";

    static final String LOGO_RESOURCE = "logo-64x64.png";
    static final int MIN_JAVA = 17;

    private final Map<String, String> env;
    private final String osName;
    private final Path userHome;

    public KernelSpecInstaller(Map<String, String> env, String osName, Path userHome) {
        this.env = Map.copyOf(env);
        this.osName = osName;
        this.userHome = userHome;
    }

    /** What an install did. */
    public record Result(Path kernelDir, Path java, int jars, int copied, int unchanged, int removed,
                         List<String> warnings) {
    }

    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err);
        System.exit(status);
    }

    /** Runs the installer as from the command line; returns the exit status (0 done, 1 failed, 2 bad usage). */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        try {
            InstallOptions options = InstallOptions.parse(args, env);
            if (options.help()) {
                out.println(InstallOptions.USAGE);
                return 0;
            }
            KernelSpecInstaller installer = new KernelSpecInstaller(env, System.getProperty("os.name"),
                    Path.of(System.getProperty("user.home")));
            Result result = installer.install(options);
            for (String warning : result.warnings()) {
                err.println("kernel install: warning: " + warning);
            }
            if (!options.quiet()) {
                out.println(summary(options, result));
            }
            return 0;
        } catch (InstallException e) {
            err.println("kernel install: error: " + e.getMessage());
            if (e.isUsage()) {
                err.println("Run with --help for the options.");
                return 2;
            }
            return 1;
        }
    }

    static String summary(InstallOptions options, Result r) {
        return "Installed Jupyter kernel \"" + options.name() + "\" (" + options.displayName() + ") in "
                + r.kernelDir() + "\n"
                + "  java:         " + r.java() + "\n"
                + "  jars:         " + r.jars() + " in " + r.kernelDir().resolve("lib") + " (" + r.copied()
                + " copied, " + r.unchanged() + " unchanged, " + r.removed() + " removed)\n"
                + "  heap:         " + options.heap() + "\n"
                + "  cell timeout: " + (options.cellTimeout() == 0 ? "none" : options.cellTimeout() + " s");
    }

    /** The directory the kernel spec goes to. */
    public Path kernelDir(InstallOptions options) {
        Path dataDir = options.prefix() != null
                ? JupyterPaths.prefixDataDir(options.prefix())
                : JupyterPaths.userDataDir(env, osName, userHome);
        return JupyterPaths.kernelsDir(dataDir).resolve(options.name());
    }

    /** Installs or updates the kernel spec. */
    public Result install(InstallOptions options) throws InstallException {
        Path kernelDir = kernelDir(options);
        try {
            return install(options, kernelDir);
        } catch (InstallException e) {
            if (e.isPermissionDenied()) {
                throw new InstallException(e.getMessage() + ". " + permissionHint(options, kernelDir), e);
            }
            throw e;
        }
    }

    private Result install(InstallOptions options, Path kernelDir) throws InstallException {
        List<String> warnings = new ArrayList<>();
        Path java = checkJava(options.java(), warnings);
        Map<String, Path> jars = collectJars(options.jars().isEmpty() ? defaultJars(warnings) : options.jars());
        if (!containsMainClass(jars.values())) {
            warnings.add("none of the jars contains " + MAIN_CLASS + "; the kernel will not start."
                    + " Build the project first (mvn -DskipTests package).");
        }
        Path cds = null;
        boolean buildCds = CdsArchive.AUTO.equals(options.cdsArchive());
        if (options.cdsArchive() != null && !buildCds) {
            cds = options.cdsArchive().toAbsolutePath().normalize();
            if (!Files.isRegularFile(cds)) {
                throw new InstallException("--cds-archive: " + cds + " is not a file");
            }
        }

        Path lib = kernelDir.resolve("lib");
        createDirectories(lib);

        int copied = 0;
        int unchanged = 0;
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            if (copyIfChanged(jar.getValue(), lib.resolve(jar.getKey()))) {
                copied++;
            } else {
                unchanged++;
            }
        }
        int removed = removeStale(lib, jars.keySet());
        copyLogo(kernelDir);

        if (buildCds) {
            List<String> jvm = new ArrayList<>(List.of("-Xmx" + options.heap()));
            jvm.addAll(BASE_JVM_OPTIONS);
            jvm.addAll(options.jvmOptions());
            cds = CdsArchive.ensure(kernelDir, java, lib, jvm, copied > 0 || removed > 0, warnings);
        } else {
            try {
                Files.deleteIfExists(kernelDir.resolve(CdsArchive.FILE_NAME)); // made for other jars
            } catch (IOException e) {
                warnings.add("could not delete an old archive: " + e.getMessage());
            }
        }

        KernelSpec spec = spec(options, java, lib, cds);
        writeAtomically(kernelDir.resolve("kernel.json"), spec.toJson().getBytes(StandardCharsets.UTF_8));
        return new Result(kernelDir, java, jars.size(), copied, unchanged, removed, List.copyOf(warnings));
    }

    /** The kernel.json content for an install whose jars are in {@code lib}. */
    static KernelSpec spec(InstallOptions options, Path java, Path lib, Path cdsArchive) {
        List<String> argv = new ArrayList<>();
        argv.add(java.toString());
        argv.add("-Xmx" + options.heap());
        argv.addAll(BASE_JVM_OPTIONS);
        if (cdsArchive != null) {
            argv.add("-XX:SharedArchiveFile=" + cdsArchive);
            argv.add("-Xlog:cds=off");
            argv.add("-Xlog:cds+dynamic=off");
        }
        argv.addAll(options.jvmOptions());
        argv.add("-cp");
        argv.add(lib.toAbsolutePath().normalize() + File.separator + "*");
        argv.add(MAIN_CLASS);
        argv.add("{connection_file}");
        Map<String, String> kernelEnv = new LinkedHashMap<>();
        kernelEnv.put(CELL_TIMEOUT_ENV, Long.toString(options.cellTimeout()));
        return new KernelSpec(argv, options.displayName(), "java", "message", kernelEnv);
    }

    // ---- java ----------------------------------------------------------------------------------------------------

    /** The launcher the kernel will run with, checked to be a JDK of version 17 or later where that can be told. */
    Path checkJava(Path requested, List<String> warnings) throws InstallException {
        Path java;
        if (requested == null) {
            boolean windows = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows");
            java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        } else {
            java = requested.toAbsolutePath().normalize();
        }
        if (!Files.isRegularFile(java)) {
            throw new InstallException("--java: " + java + " does not exist or is not a file");
        }
        if (!Files.isExecutable(java)) {
            throw new InstallException("--java: " + java + " is not executable");
        }
        Path home;
        try {
            home = java.toRealPath().getParent().getParent();
        } catch (IOException | NullPointerException e) {
            warnings.add("could not find the Java home of " + java + "; make sure it is a JDK " + MIN_JAVA + "+");
            return java;
        }
        Path release = home == null ? null : home.resolve("release");
        if (release == null || !Files.isReadable(release)) {
            warnings.add("could not read " + release + "; make sure " + java + " is a JDK " + MIN_JAVA
                    + " or later (the kernel needs the jdk.jshell module)");
            return java;
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(release)) {
            props.load(in);
        } catch (IOException e) {
            warnings.add("could not read " + release + ": " + e.getMessage());
            return java;
        }
        String version = unquote(props.getProperty("JAVA_VERSION"));
        int major = majorVersion(version);
        if (major > 0 && major < MIN_JAVA) {
            throw new InstallException(java + " is Java " + version + "; the kernel needs Java " + MIN_JAVA
                    + " or later. Choose another with --java PATH (or JAVA_HOME for ./course).");
        }
        String modules = unquote(props.getProperty("MODULES"));
        if (modules != null && !List.of(modules.split("\\s+")).contains("jdk.jshell")) {
            throw new InstallException(java + " belongs to a Java runtime without the jdk.jshell module (a JRE);"
                    + " the kernel needs a full JDK. Choose another with --java PATH.");
        }
        return java;
    }

    static int majorVersion(String version) {
        if (version == null || version.isBlank()) {
            return -1;
        }
        String[] parts = version.trim().split("[.+\\-_]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String unquote(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    // ---- jars ----------------------------------------------------------------------------------------------------

    /**
     * Without --jars or --classpath: the jars on the installer's own class path, and the {@code lib/} directory next
     * to the jar this class was loaded from (where the build puts the runtime dependencies).
     */
    List<Path> defaultJars(List<String> warnings) throws InstallException {
        List<Path> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry);
            if (Files.isRegularFile(p) && isJar(p)) {
                out.add(p);
            } else if (Files.isDirectory(p)) {
                warnings.add("skipped " + p + " on the class path: it is a directory of classes, not a jar");
            }
        }
        try {
            Path self = Path.of(KernelSpecInstaller.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path sibling = self.getParent() == null ? null : self.getParent().resolve("lib");
            if (Files.isRegularFile(self) && sibling != null && Files.isDirectory(sibling)) {
                out.add(sibling);
            }
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            // No code source to go by; the class path alone has to do.
        }
        if (out.isEmpty()) {
            throw new InstallException("no jars to install: give them with --jars DIR... or --classpath CP");
        }
        return out;
    }

    /**
     * Expands jar files, directories of jars and {@code dir/*} into file name → source path, in a stable order.
     * The kernel's class path is {@code lib/*}, so two different jars with the same file name cannot both go in.
     */
    static Map<String, Path> collectJars(List<Path> sources) throws InstallException {
        Map<String, Path> jars = new LinkedHashMap<>();
        for (Path source : sources) {
            for (Path jar : expand(source)) {
                String name = jar.getFileName().toString();
                Path earlier = jars.get(name);
                if (earlier == null) {
                    jars.put(name, jar);
                } else if (!sameContent(earlier, jar)) {
                    throw new InstallException("two different jars are both named " + name + ": " + earlier
                            + " and " + jar + "; the kernel's lib/ directory can hold only one");
                }
            }
        }
        if (jars.isEmpty()) {
            throw new InstallException("no jars found in " + sources);
        }
        return jars;
    }

    private static List<Path> expand(Path source) throws InstallException {
        Path dir = null;
        if (source.getFileName() != null && source.getFileName().toString().equals("*")) {
            dir = source.getParent() == null ? Path.of(".") : source.getParent();
            if (!Files.isDirectory(dir)) {
                throw new InstallException(dir + " (from " + source + ") is not a directory");
            }
        } else if (Files.isDirectory(source)) {
            dir = source;
        }
        if (dir != null) {
            List<Path> found = jarsIn(dir);
            if (found.isEmpty() && dir == source) {
                throw new InstallException(source + " contains no jar files"
                        + (containsClasses(source) ? " (it holds classes: package them first, mvn -DskipTests package)"
                        : ""));
            }
            return found;
        }
        if (!Files.exists(source)) {
            throw new InstallException(source.toAbsolutePath() + " does not exist"
                    + (source.toString().contains("target") ? " (build the project first: mvn -DskipTests package)"
                    : ""));
        }
        if (!isJar(source)) {
            throw new InstallException(source + " is not a jar file");
        }
        return List.of(source.toAbsolutePath().normalize());
    }

    private static List<Path> jarsIn(Path dir) throws InstallException {
        TreeSet<Path> sorted = new TreeSet<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{jar,JAR}")) {
            for (Path p : stream) {
                if (Files.isRegularFile(p)) {
                    sorted.add(p.toAbsolutePath().normalize());
                }
            }
        } catch (IOException e) {
            throw new InstallException("cannot list " + dir + ": " + describe(e), e);
        }
        return new ArrayList<>(sorted);
    }

    private static boolean containsClasses(Path dir) {
        try (var walk = Files.walk(dir, 8)) {
            return walk.anyMatch(p -> p.toString().endsWith(".class"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static boolean isJar(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    private static boolean sameContent(Path a, Path b) throws InstallException {
        try {
            return Files.isSameFile(a, b) || Files.mismatch(a, b) == -1L;
        } catch (IOException e) {
            throw new InstallException("cannot read " + a + " or " + b + ": " + describe(e), e);
        }
    }

    private static boolean containsMainClass(Iterable<Path> jars) {
        String entry = MAIN_CLASS.replace('.', '/') + ".class";
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                if (zip.getEntry(entry) != null) {
                    return true;
                }
            } catch (IOException e) {
                // Not a readable jar; copying it will report a real problem if there is one.
            }
        }
        return false;
    }

    // ---- files ---------------------------------------------------------------------------------------------------

    private static void createDirectories(Path dir) throws InstallException {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new InstallException("cannot create " + dir + ": " + existing + " is a file, not a directory");
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw notWritable(existing);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw writeFailure(dir, e);
        }
        if (!Files.isWritable(dir)) {
            throw notWritable(dir);
        }
    }

    /**
     * Copies unless the target already has the same size and modification time (to the millisecond: copies do not
     * keep finer time stamps everywhere); true if it copied.
     */
    private static boolean copyIfChanged(Path source, Path target) throws InstallException {
        try {
            if (Files.isRegularFile(target)
                    && Files.size(target) == Files.size(source)
                    && Files.getLastModifiedTime(target).toMillis() == Files.getLastModifiedTime(source).toMillis()) {
                return false;
            }
            Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            move(tmp, target);
            return true;
        } catch (AccessDeniedException e) {
            throw notWritable(target);
        } catch (IOException e) {
            throw new InstallException("cannot copy " + source + " to " + target + ": " + describe(e), e);
        }
    }

    /** Deletes jars (and unfinished copies) in lib that are not in {@code keep}; returns how many jars went. */
    private static int removeStale(Path lib, java.util.Set<String> keep) throws InstallException {
        int removed = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(lib)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                boolean jar = name.toLowerCase(Locale.ROOT).endsWith(".jar");
                boolean leftover = name.startsWith(".") && name.endsWith(".tmp");
                if ((jar && !keep.contains(name) && Files.isRegularFile(p)) || leftover) {
                    Files.delete(p);
                    if (jar) {
                        removed++;
                    }
                }
            }
        } catch (IOException e) {
            throw writeFailure(lib, e);
        }
        return removed;
    }

    private static void copyLogo(Path kernelDir) throws InstallException {
        try (InputStream logo = KernelSpecInstaller.class.getResourceAsStream(LOGO_RESOURCE)) {
            if (logo != null) {
                writeAtomically(kernelDir.resolve(LOGO_RESOURCE), logo.readAllBytes());
            }
        } catch (IOException e) {
            throw writeFailure(kernelDir.resolve(LOGO_RESOURCE), e);
        }
    }

    private static void writeAtomically(Path target, byte[] content) throws InstallException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.write(tmp, content);
            move(tmp, target);
        } catch (IOException e) {
            throw writeFailure(target, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static InstallException writeFailure(Path path, IOException e) {
        if (e instanceof AccessDeniedException ade) {
            return notWritable(ade.getFile() != null ? Path.of(ade.getFile()) : path);
        }
        return new InstallException("cannot write " + path + ": " + describe(e), e);
    }

    private static InstallException notWritable(Path path) {
        return new InstallException("cannot write to " + path + ": permission denied", null, true);
    }

    /** What to try instead when the target cannot be written. */
    private static String permissionHint(InstallOptions options, Path kernelDir) {
        String where = "Could not install into " + kernelDir + ". ";
        if (options.prefix() != null) {
            return where + "Install for yourself instead (--user), choose a --prefix you can write to,"
                    + " or run as a user who may write there.";
        }
        return where + "Set JUPYTER_DATA_DIR to a directory you can write to, or fix the permissions.";
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException fse) {
            String reason = fse.getReason();
            return (reason != null ? reason : e.getClass().getSimpleName())
                    + (fse.getFile() != null ? " (" + fse.getFile() + ")" : "");
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
