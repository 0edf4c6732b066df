package layers.kernel.install;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecInstallerTest {

    @TempDir
    Path tmp;

    private Path jarDir;
    private Path home;

    @BeforeEach
    void setUp() throws IOException {
        jarDir = Files.createDirectories(tmp.resolve("build/lib"));
        home = Files.createDirectories(tmp.resolve("home"));
        jar(jarDir.resolve("kernel-lib-0.1.0-SNAPSHOT.jar"), "layers/kernel/Main.class", "main");
        jar(jarDir.resolve("dep-a-1.0.jar"), "a/A.class", "a");
        jar(jarDir.resolve("dep-b-2.0.jar"), "b/B.class", "b");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static void jar(Path path, String entry, String content) throws IOException {
        try (OutputStream out = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private KernelSpecInstaller installer(Map<String, String> env) {
        return new KernelSpecInstaller(env, "Linux", home);
    }

    private KernelSpecInstaller.Result install(String... args) throws InstallException {
        return installer(Map.of()).install(InstallOptions.parse(args, Map.of()));
    }

    private static JsonObject readSpec(Path kernelDir) throws IOException {
        return JsonParser.parseString(Files.readString(kernelDir.resolve("kernel.json"))).getAsJsonObject();
    }

    private static List<String> argv(JsonObject spec) {
        List<String> argv = new ArrayList<>();
        spec.getAsJsonArray("argv").forEach(e -> argv.add(e.getAsString()));
        return argv;
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private Path prefix() {
        return tmp.resolve("prefix");
    }

    private Path prefixKernelDir() {
        return prefix().resolve("share/jupyter/kernels/layers");
    }

    // ---- tests ---------------------------------------------------------------------------------------------------

    @Test
    void installsIntoAPrefixWithAbsolutePaths() throws Exception {
        KernelSpecInstaller.Result r = install("--prefix", prefix().toString(), "--jars", jarDir.toString());

        Path kernelDir = prefixKernelDir();
        assertEquals(kernelDir, r.kernelDir());
        assertEquals(Set.of("kernel-lib-0.1.0-SNAPSHOT.jar", "dep-a-1.0.jar", "dep-b-2.0.jar"),
                names(kernelDir.resolve("lib")));
        assertEquals(3, r.jars());
        assertEquals(3, r.copied());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());

        JsonObject spec = readSpec(kernelDir);
        List<String> argv = argv(spec);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertEquals(java.toString(), argv.get(0));
        assertTrue(Path.of(argv.get(0)).isAbsolute());
        assertEquals("-Xmx1g", argv.get(1));
        assertTrue(argv.containsAll(List.of("-XX:+UseSerialGC", "-Xshare:auto", "-Djava.awt.headless=true")), argv
                .toString());
        assertFalse(argv.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel")), argv.toString());
        int cp = argv.indexOf("-cp");
        assertTrue(cp > 0);
        assertEquals(kernelDir.resolve("lib") + FileSystems.getDefault().getSeparator() + "*", argv.get(cp + 1));
        assertTrue(Path.of(argv.get(cp + 1)).isAbsolute());
        assertEquals("layers.kernel.Main", argv.get(cp + 2));
        assertEquals("{connection_file}", argv.get(argv.size() - 1));
        assertEquals(cp + 4, argv.size());

        assertEquals("Java (Layers)", spec.get("display_name").getAsString());
        assertEquals("java", spec.get("language").getAsString());
        assertEquals("message", spec.get("interrupt_mode").getAsString());
        assertEquals("0", spec.getAsJsonObject("env").get("LAYERS_CELL_TIMEOUT").getAsString());
        assertTrue(spec.getAsJsonObject("metadata").entrySet().isEmpty());
    }

    @Test
    void userInstallGoesToJupyterDataDir() throws Exception {
        Path data = tmp.resolve("data");
        KernelSpecInstaller.Result r = installer(Map.of("JUPYTER_DATA_DIR", data.toString()))
                .install(InstallOptions.parse(new String[] {"--user", "--jars", jarDir.toString()}, Map.of()));
        assertEquals(data.resolve("kernels/layers"), r.kernelDir());
        assertTrue(Files.isRegularFile(data.resolve("kernels/layers/kernel.json")));
    }

    @Test
    void userInstallDefaultsToLocalShareOnLinux() throws Exception {
        KernelSpecInstaller.Result r = installer(Map.of())
                .install(InstallOptions.parse(new String[] {"--jars", jarDir.toString()}, Map.of()));
        assertEquals(home.resolve(".local/share/jupyter/kernels/layers"), r.kernelDir());
    }

    @Test
    void installingTwiceChangesNothing() throws Exception {
        install("--prefix", prefix().toString(), "--jars", jarDir.toString());
        byte[] first = Files.readAllBytes(prefixKernelDir().resolve("kernel.json"));
        KernelSpecInstaller.Result again = install("--prefix", prefix().toString(), "--jars", jarDir.toString());
        assertEquals(0, again.copied());
        assertEquals(3, again.unchanged());
        assertEquals(0, again.removed());
        assertArrayEquals(first, Files.readAllBytes(prefixKernelDir().resolve("kernel.json")));
        assertEquals(3, names(prefixKernelDir().resolve("lib")).size());
    }

    @Test
    void staleJarsAreRemovedAndChangedJarsRecopied() throws Exception {
        install("--prefix", prefix().toString(), "--jars", jarDir.toString());
        Files.delete(jarDir.resolve("dep-b-2.0.jar"));
        jar(jarDir.resolve("dep-b-3.0.jar"), "b/B.class", "b3");
        jar(jarDir.resolve("dep-a-1.0.jar"), "a/A.class", "a, rebuilt");
        Files.setLastModifiedTime(jarDir.resolve("dep-a-1.0.jar"), FileTime.fromMillis(1_000_000_000_000L));

        KernelSpecInstaller.Result r = install("--prefix", prefix().toString(), "--jars", jarDir.toString());
        Path lib = prefixKernelDir().resolve("lib");
        assertEquals(Set.of("kernel-lib-0.1.0-SNAPSHOT.jar", "dep-a-1.0.jar", "dep-b-3.0.jar"), names(lib));
        assertEquals(1, r.removed());
        assertEquals(2, r.copied());
        assertEquals(-1L, Files.mismatch(jarDir.resolve("dep-a-1.0.jar"), lib.resolve("dep-a-1.0.jar")));
    }

    @Test
    void jarFilesClasspathWildcardsAndDirectoriesMix() throws Exception {
        Path extra = Files.createDirectories(tmp.resolve("exercises/target"));
        jar(extra.resolve("exercises-0.1.0-SNAPSHOT.jar"), "ex/E.class", "e");
        jar(extra.resolve("exercises-0.1.0-SNAPSHOT-tests.jar"), "ex/ETest.class", "t");
        String cp = String.join(java.io.File.pathSeparator, jarDir.resolve("*").toString(),
                extra.resolve("exercises-0.1.0-SNAPSHOT.jar").toString());
        KernelSpecInstaller.Result r = install("--prefix", prefix().toString(), "--classpath", cp,
                "--jars", extra.resolve("exercises-0.1.0-SNAPSHOT-tests.jar").toString());
        assertEquals(5, r.jars());
        assertTrue(names(prefixKernelDir().resolve("lib")).contains("exercises-0.1.0-SNAPSHOT-tests.jar"));
    }

    @Test
    void theSameJarTwiceIsFineButTwoDifferentJarsWithOneNameAreNot() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.copy(jarDir.resolve("dep-a-1.0.jar"), other.resolve("dep-a-1.0.jar"));
        assertEquals(3, install("--prefix", prefix().toString(), "--jars", jarDir.toString(), other.toString())
                .jars());

        jar(other.resolve("dep-a-1.0.jar"), "a/A.class", "something else");
        InstallException e = assertThrows(InstallException.class,
                () -> install("--prefix", prefix().toString(), "--jars", jarDir.toString(), other.toString()));
        assertTrue(e.getMessage().contains("dep-a-1.0.jar"), e.getMessage());
    }

    @Test
    void missingJarsAreNamed() {
        Path missing = tmp.resolve("nowhere/target/lib");
        InstallException e = assertThrows(InstallException.class,
                () -> install("--prefix", prefix().toString(), "--jars", missing.toString()));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("mvn"), e.getMessage());
    }

    @Test
    void aDirectoryOfClassesIsExplained() throws Exception {
        Path classes = Files.createDirectories(tmp.resolve("classes/layers"));
        Files.writeString(classes.resolve("X.class"), "not really");
        InstallException e = assertThrows(InstallException.class,
                () -> install("--prefix", prefix().toString(), "--jars", tmp.resolve("classes").toString()));
        assertTrue(e.getMessage().contains("package them"), e.getMessage());
    }

    @Test
    void warnsWhenNoJarHoldsTheMainClass() throws Exception {
        Files.delete(jarDir.resolve("kernel-lib-0.1.0-SNAPSHOT.jar"));
        KernelSpecInstaller.Result r = install("--prefix", prefix().toString(), "--jars", jarDir.toString());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("layers.kernel.Main"));
    }

    @Test
    void aPrefixBelowAFileIsReportedWithItsPath() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        InstallException e = assertThrows(InstallException.class,
                () -> install("--prefix", file.resolve("env").toString(), "--jars", jarDir.toString()));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aReadOnlyTargetIsReportedWithItsPath() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        assumeFalse(System.getProperty("os.name").toLowerCase().startsWith("windows"));
        Path locked = Files.createDirectories(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            InstallException e = assertThrows(InstallException.class,
                    () -> install("--prefix", locked.resolve("env").toString(), "--jars", jarDir.toString()));
            assertTrue(e.getMessage().contains(locked.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void heapCellTimeoutCdsAndExtraOptionsReachTheSpec() throws Exception {
        Path cds = Files.writeString(tmp.resolve("layers.jsa"), "archive");
        installer(Map.of()).install(InstallOptions.parse(new String[] {
            "--prefix", prefix().toString(), "--jars", jarDir.toString(), "--cell-timeout", "90",
            "--cds-archive", cds.toString(), "--jvm-option", "-XX:+AlwaysPreTouch"},
                Map.of("LAYERS_KERNEL_HEAP", "768m")));
        JsonObject spec = readSpec(prefixKernelDir());
        List<String> argv = argv(spec);
        assertEquals("-Xmx768m", argv.get(1));
        assertTrue(argv.contains("-XX:SharedArchiveFile=" + cds), argv.toString());
        assertTrue(argv.indexOf("-XX:+AlwaysPreTouch") < argv.indexOf("-cp"));
        assertEquals("90", spec.getAsJsonObject("env").get("LAYERS_CELL_TIMEOUT").getAsString());

        InstallException e = assertThrows(InstallException.class, () -> install("--prefix", prefix().toString(),
                "--jars", jarDir.toString(), "--cds-archive", tmp.resolve("none.jsa").toString()));
        assertTrue(e.getMessage().contains("none.jsa"));
    }

    @Test
    void displayNamesAreEscapedInJson() throws Exception {
        install("--prefix", prefix().toString(), "--jars", jarDir.toString(),
                "--display-name", "Java \"Layers\" \\ dev\u00e9");
        assertEquals("Java \"Layers\" \\ dev\u00e9", readSpec(prefixKernelDir()).get("display_name").getAsString());
    }

    // ---- java checks ---------------------------------------------------------------------------------------------

    private Path fakeJdk(String release) throws IOException {
        Path jdkHome = Files.createDirectories(tmp.resolve("jdk"));
        Path java = Files.createDirectories(jdkHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        if (release != null) {
            Files.writeString(jdkHome.resolve("release"), release);
        }
        return java;
    }

    @Test
    void anExplicitJdkIsWrittenToTheSpec() throws Exception {
        Path java = fakeJdk("JAVA_VERSION=\"25\"\nMODULES=\"java.base jdk.compiler jdk.jshell\"\n");
        KernelSpecInstaller.Result r = install("--prefix", prefix().toString(), "--jars", jarDir.toString(),
                "--java", java.toString());
        assertEquals(java, r.java());
        assertEquals(java.toString(), argv(readSpec(prefixKernelDir())).get(0));
    }

    @Test
    void oldJavaIsRefused() throws Exception {
        Path java = fakeJdk("JAVA_VERSION=\"11.0.22\"\nMODULES=\"java.base jdk.jshell\"\n");
        InstallException e = assertThrows(InstallException.class, () -> install("--prefix", prefix().toString(),
                "--jars", jarDir.toString(), "--java", java.toString()));
        assertTrue(e.getMessage().contains("11.0.22"), e.getMessage());
        assertFalse(Files.exists(prefixKernelDir().resolve("kernel.json")));
    }

    @Test
    void aJreWithoutJshellIsRefused() throws Exception {
        Path java = fakeJdk("JAVA_VERSION=\"17.0.9\"\nMODULES=\"java.base java.desktop\"\n");
        InstallException e = assertThrows(InstallException.class, () -> install("--prefix", prefix().toString(),
                "--jars", jarDir.toString(), "--java", java.toString()));
        assertTrue(e.getMessage().contains("jdk.jshell"), e.getMessage());
    }

    @Test
    void anUncheckableJavaOnlyWarns() throws Exception {
        Path java = fakeJdk(null);
        KernelSpecInstaller.Result r = install("--prefix", prefix().toString(), "--jars", jarDir.toString(),
                "--java", java.toString());
        assertEquals(1, r.warnings().size());
    }

    @Test
    void aMissingJavaIsNamed() {
        Path java = tmp.resolve("no-jdk/bin/java");
        InstallException e = assertThrows(InstallException.class, () -> install("--prefix", prefix().toString(),
                "--jars", jarDir.toString(), "--java", java.toString()));
        assertTrue(e.getMessage().contains(java.toString()), e.getMessage());
    }

    @Test
    void majorVersions() {
        assertEquals(17, KernelSpecInstaller.majorVersion("17.0.15"));
        assertEquals(25, KernelSpecInstaller.majorVersion("25"));
        assertEquals(8, KernelSpecInstaller.majorVersion("1.8.0_402"));
        assertEquals(21, KernelSpecInstaller.majorVersion("21-ea"));
        assertEquals(-1, KernelSpecInstaller.majorVersion("unknown"));
    }

    // ---- command line --------------------------------------------------------------------------------------------

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = KernelSpecInstaller.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void commandLineExitStatuses() {
        Run help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--prefix"));

        Run bad = run("--bogus");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("--bogus"));

        Run failed = run("--prefix", prefix().toString(), "--jars", tmp.resolve("missing").toString());
        assertEquals(1, failed.status());
        assertTrue(failed.err().contains("missing"));

        Run ok = run("--prefix", prefix().toString(), "--jars", jarDir.toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().contains(prefixKernelDir().toString()), ok.out());

        Run quiet = run("--prefix", prefix().toString(), "--jars", jarDir.toString(), "--quiet");
        assertEquals(0, quiet.status());
        assertEquals("", quiet.out());
    }
}
