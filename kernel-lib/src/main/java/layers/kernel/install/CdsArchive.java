package layers.kernel.install;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds a class-data-sharing archive for the installed kernel: the installer runs {@code layers.kernel.Warmup}
 * once with {@code -XX:ArchiveClassesAtExit}, and the kernel starts with {@code -XX:SharedArchiveFile}, which spares
 * it loading and verifying the thousands of classes JShell and javac need. On a 2-core machine that is not what the
 * first result waits for (javac's JIT warm-up is: {@code ./course bench kernel} shows no measurable difference with
 * {@code LAYERS_KERNEL_CDS=0}); it costs the kernel nothing at run time. The archive is tied to the
 * exact jars and JDK it was made with, so it is rebuilt whenever they change; if the JVM finds it does not match,
 * it starts without it.
 */
final class CdsArchive {

    /** The value of {@code --cds-archive} that asks for an archive built at install time. */
    static final Path AUTO = Path.of("auto");
    static final String FILE_NAME = "layers.jsa";
    private static final String STAMP = "layers.jsa.java";
    private static final long TIMEOUT_SECONDS = 180;

    private CdsArchive() {
    }

    /**
     * Returns the archive, building it first if the jars changed or the JDK is a different one; on failure returns
     * null and adds a warning (the kernel then starts without an archive, a little more slowly).
     */
    static Path ensure(Path kernelDir, Path java, Path lib, List<String> jvmOptions, boolean jarsChanged,
                       List<String> warnings) {
        Path archive = kernelDir.resolve(FILE_NAME);
        Path stamp = kernelDir.resolve(STAMP);
        try {
            boolean current = !jarsChanged && Files.isRegularFile(archive) && Files.isRegularFile(stamp)
                    && Files.readString(stamp, StandardCharsets.UTF_8).equals(java.toString());
            if (current) {
                return archive;
            }
            Files.deleteIfExists(archive);
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(jvmOptions);
            command.add("-XX:ArchiveClassesAtExit=" + archive);
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
            command.add("-cp");
            command.add(lib.toAbsolutePath().normalize() + File.separator + "*");
            command.add("layers.kernel.Warmup");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                warnings.add("the class-data-sharing archive was not built (warm-up took over " + TIMEOUT_SECONDS
                        + " s); the kernel starts without it");
                return null;
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(archive)) {
                String text = new String(output, StandardCharsets.UTF_8).strip();
                warnings.add("the class-data-sharing archive was not built (exit " + p.exitValue() + "): "
                        + (text.length() > 300 ? text.substring(0, 300) + "..." : text)
                        + "; the kernel starts without it");
                return null;
            }
            Files.writeString(stamp, java.toString(), StandardCharsets.UTF_8);
            return archive;
        } catch (IOException e) {
            warnings.add("the class-data-sharing archive was not built: " + e.getMessage()
                    + "; the kernel starts without it");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
