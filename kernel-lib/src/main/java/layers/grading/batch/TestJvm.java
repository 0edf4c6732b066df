package layers.grading.batch;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts one JVM for {@link TestRunner} and waits for it, within a wall-clock limit.
 *
 * <p>Its output (what the code under test prints, and any crash report) is not stored; only its last few
 * thousand characters are kept, to explain a JVM that failed to start.
 */
final class TestJvm {

    private static final int TAIL_CHARS = 4000;

    /** JVM options of every test JVM: a bounded heap, a quick start, headless, English messages. */
    static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-Xss1m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
            "-Duser.language=en", "-Duser.country=US");

    /**
     * How the JVM ended.
     *
     * @param status   its exit status, or -1 if it was killed for running out of time
     * @param output   the last characters it printed
     */
    record Exit(int status, String output) {
        boolean outOfTime() {
            return status == -1;
        }
    }

    private TestJvm() {
    }

    static Exit run(List<Path> classpath, List<String> runnerArguments, Path workDir, Duration limit)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(TestRunner.class.getName());
        command.addAll(runnerArguments);
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        Tail tail = new Tail(process.getInputStream());
        tail.start();
        boolean ended = process.waitFor(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        tail.join(1000);
        return new Exit(ended ? process.exitValue() : -1, tail.text());
    }

    /** Reads a stream to its end on its own thread, keeping only the end. */
    private static final class Tail extends Thread {
        private final InputStream in;
        private final StringBuilder kept = new StringBuilder();

        Tail(InputStream in) {
            super("test JVM output");
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (kept) {
                        kept.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        if (kept.length() > 2 * TAIL_CHARS) {
                            kept.delete(0, kept.length() - TAIL_CHARS);
                        }
                    }
                }
            } catch (InterruptedIOException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the JVM is gone; what was read is kept
            }
        }

        String text() {
            synchronized (kept) {
                return kept.length() > TAIL_CHARS ? kept.substring(kept.length() - TAIL_CHARS) : kept.toString();
            }
        }
    }
}
