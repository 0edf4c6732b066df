package layers.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstallOptionsTest {

    private static InstallOptions parse(String... args) throws InstallException {
        return InstallOptions.parse(args, Map.of());
    }

    @Test
    void defaults() throws InstallException {
        InstallOptions o = parse();
        assertNull(o.prefix());
        assertEquals("layers", o.name());
        assertEquals("Java (Layers)", o.displayName());
        assertEquals("1g", o.heap());
        assertEquals(0, o.cellTimeout());
        assertTrue(o.jars().isEmpty());
        assertNull(o.java());
        assertNull(o.cdsArchive());
        assertFalse(o.help());
    }

    @Test
    void heapComesFromTheEnvironmentUnlessGiven() throws InstallException {
        assertEquals("768m", InstallOptions.parse(new String[0], Map.of("LAYERS_KERNEL_HEAP", "768m")).heap());
        assertEquals("2g", InstallOptions.parse(new String[] {"--heap", "2g"},
                Map.of("LAYERS_KERNEL_HEAP", "768m")).heap());
    }

    @Test
    void badHeapIsAUsageError() {
        InstallException e = assertThrows(InstallException.class,
                () -> InstallOptions.parse(new String[0], Map.of("LAYERS_KERNEL_HEAP", "lots")));
        assertTrue(e.isUsage());
        assertTrue(e.getMessage().contains("lots"), e.getMessage());
        assertTrue(e.getMessage().contains("LAYERS_KERNEL_HEAP"), e.getMessage());
        assertThrows(InstallException.class, () -> parse("--heap", "1.5g"));
    }

    @Test
    void jarsTakesSeveralPathsAndRepeats() throws InstallException {
        InstallOptions o = parse("--jars", "a.jar", "lib", "--prefix", "/p", "--jars", "b.jar");
        assertEquals(List.of(Path.of("a.jar"), Path.of("lib"), Path.of("b.jar")), o.jars());
        assertEquals(Path.of("/p"), o.prefix());
    }

    @Test
    void classpathIsSplitOnThePathSeparator() throws InstallException {
        String cp = String.join(File.pathSeparator, "x.jar", "lib/*", "", "y.jar");
        assertEquals(List.of(Path.of("x.jar"), Path.of("lib/*"), Path.of("y.jar")), parse("--classpath", cp).jars());
    }

    @Test
    void equalsFormWorks() throws InstallException {
        InstallOptions o = parse("--prefix=/opt/env", "--heap=512m", "--name=layers-dev");
        assertEquals(Path.of("/opt/env"), o.prefix());
        assertEquals("512m", o.heap());
        assertEquals("layers-dev", o.name());
    }

    @Test
    void jvmOptionValuesAreTakenVerbatim() throws InstallException {
        InstallOptions o = parse("--jvm-option", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--jvm-option=-XX:+AlwaysPreTouch");
        assertEquals(List.of("--add-opens=java.base/java.lang=ALL-UNNAMED", "-XX:+AlwaysPreTouch"), o.jvmOptions());
    }

    @Test
    void userAndPrefixTogetherAreRefused() {
        InstallException e = assertThrows(InstallException.class, () -> parse("--user", "--prefix", "/p"));
        assertTrue(e.isUsage());
    }

    @Test
    void missingValuesAndUnknownOptionsAreUsageErrors() {
        assertTrue(assertThrows(InstallException.class, () -> parse("--prefix")).isUsage());
        assertTrue(assertThrows(InstallException.class, () -> parse("--java", "--user")).isUsage());
        assertTrue(assertThrows(InstallException.class, () -> parse("--jars")).isUsage());
        InstallException e = assertThrows(InstallException.class, () -> parse("--frobnicate"));
        assertTrue(e.getMessage().contains("--frobnicate"));
    }

    @Test
    void cellTimeoutMustBeAWholeNumberOfSeconds() throws InstallException {
        assertEquals(30, parse("--cell-timeout", "30").cellTimeout());
        assertThrows(InstallException.class, () -> parse("--cell-timeout", "-1"));
        assertThrows(InstallException.class, () -> parse("--cell-timeout", "soon"));
    }

    @Test
    void kernelNameIsRestricted() {
        assertThrows(InstallException.class, () -> parse("--name", "../evil"));
        assertThrows(InstallException.class, () -> parse("--name", "with space"));
    }
}
