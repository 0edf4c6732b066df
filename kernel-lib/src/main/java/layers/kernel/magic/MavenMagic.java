package layers.kernel.magic;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code %maven group:artifact:version ...} adds artifacts and their dependencies to the classpath. Resolution is
 * done by Maven itself (the {@code mvn} command): first from the local repository alone, so that it works offline,
 * then from Maven Central. When neither has the artifact the error says so.
 */
public final class MavenMagic implements Magic {

    private static final Pattern COORDINATE = Pattern.compile("[\\w.\\-]+:[\\w.\\-]+(:[\\w.\\-]+){1,3}");
    private static final long TIMEOUT_SECONDS = 300;
    /** The plugin version the course's own build uses, so it is in the local repository after the build. */
    private static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";

    @Override
    public Object run(String arguments, String body, MagicContext context) throws IOException, InterruptedException {
        List<String> coordinates = new ArrayList<>();
        for (String part : arguments.strip().split("\\s+")) {
            if (part.isBlank()) {
                continue;
            }
            if (!COORDINATE.matcher(part).matches()) {
                throw new MagicError("%maven: '" + part + "' is not a Maven coordinate;"
                        + " expected group:artifact:version, e.g. org.apache.commons:commons-math3:3.6.1");
            }
            coordinates.add(part);
        }
        if (coordinates.isEmpty()) {
            throw new MagicError("%maven needs at least one coordinate, e.g. %maven org.apache.commons:commons-math3:3.6.1");
        }
        Path work = Files.createTempDirectory("layers-maven");
        try {
            Files.writeString(work.resolve("pom.xml"), pom(coordinates), StandardCharsets.UTF_8);
            Path classpathFile = work.resolve("classpath.txt");
            Outcome offline = runMaven(work, classpathFile, true);
            Outcome outcome = offline.ok() ? offline : runMaven(work, classpathFile, false);
            if (!outcome.ok()) {
                throw new MagicError("%maven could not resolve " + String.join(", ", coordinates)
                        + ": not in the local Maven repository (" + localRepository() + ")"
                        + " and not downloadable from Maven Central (check the coordinate and the network)."
                        + outcome.detail());
            }
            String classpath = Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
            List<String> added = new ArrayList<>();
            for (String entry : classpath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    context.addToClasspath(Path.of(entry));
                    added.add(Path.of(entry).getFileName().toString());
                }
            }
            System.out.println("Added " + added.size() + " jar" + (added.size() == 1 ? "" : "s")
                    + " to the classpath: " + String.join(", ", added));
            return NO_VALUE;
        } finally {
            deleteQuietly(work);
        }
    }

    private record Outcome(boolean ok, String detail) {
    }

    private Outcome runMaven(Path work, Path classpathFile, boolean offline) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mavenCommand(), "-B", "-q"));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of(DEPENDENCY_PLUGIN + ":build-classpath", "-Dmdep.outputFile=" + classpathFile,
                "-Dmdep.includeScope=runtime"));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new MagicError("%maven needs Maven: the command 'mvn' was not found on the PATH");
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Outcome(false, " Maven did not finish within " + TIMEOUT_SECONDS + " s.");
        }
        if (process.exitValue() == 0 && Files.exists(classpathFile)) {
            return new Outcome(true, "");
        }
        return new Outcome(false, firstError(new String(output, StandardCharsets.UTF_8)));
    }

    private static String firstError(String mavenOutput) {
        return mavenOutput.lines()
                .filter(l -> l.contains("[ERROR]"))
                .map(l -> l.replace("[ERROR]", "").strip())
                .filter(l -> !l.isEmpty())
                .findFirst()
                .map(l -> " Maven said: " + (l.length() > 400 ? l.substring(0, 400) + "..." : l))
                .orElse("");
    }

    private static String mavenCommand() {
        String home = System.getenv("MAVEN_HOME");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    private static String localRepository() {
        return Path.of(System.getProperty("user.home"), ".m2", "repository").toString();
    }

    static String pom(List<String> coordinates) {
        StringBuilder deps = new StringBuilder();
        for (String c : coordinates) {
            String[] p = c.split(":");
            String group = p[0];
            String artifact = p[1];
            String version = p[p.length - 1];
            String type = p.length >= 4 ? p[2] : "jar";
            String classifier = p.length == 5 ? p[3] : null;
            deps.append("<dependency><groupId>").append(group).append("</groupId><artifactId>").append(artifact)
                    .append("</artifactId><version>").append(version).append("</version><type>").append(type)
                    .append("</type>");
            if (classifier != null) {
                deps.append("<classifier>").append(classifier).append("</classifier>");
            }
            deps.append("</dependency>");
        }
        return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<groupId>layers.notebook</groupId><artifactId>maven-magic</artifactId><version>1</version>"
                + "<dependencies>" + deps + "</dependencies></project>";
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
