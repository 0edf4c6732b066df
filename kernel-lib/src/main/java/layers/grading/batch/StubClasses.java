package layers.grading.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import layers.grading.release.Release;

/**
 * The learners' starting point, compiled: what {@code release} makes of {@code solutions/src/main/java}, built in a
 * scratch directory. It is what a student who changed nothing has, so it is both the code the honesty check grades
 * and the fall-back for any file a student's submission lacks, whatever state {@code exercises/} is in.
 */
public final class StubClasses {

    private StubClasses() {
    }

    /**
     * Writes and compiles the stubs under {@code workDir}, returning the directory of their classes.
     *
     * @throws IllegalStateException naming the errors when a stub does not compile (a fault of the course, not of
     *         any student)
     */
    public static Path compile(CourseLayout layout, Path workDir) throws IOException {
        Path sources = workDir.resolve("stub-sources");
        SourceCompiler.clean(sources);
        String prefix = "exercises/src/main/java/";
        for (Map.Entry<String, byte[]> output : new Release(layout.root()).plan().entrySet()) {
            if (output.getKey().startsWith(prefix) && output.getKey().endsWith(".java")) {
                Path file = sources.resolve(output.getKey().substring(prefix.length()));
                Files.createDirectories(file.getParent());
                Files.write(file, output.getValue());
            }
        }
        SourceCompiler.Compiled compiled = SourceCompiler.compile(sources, layout.libraryClasspath(),
                workDir.resolve("stub-classes"));
        if (!compiled.allCompiled()) {
            throw new IllegalStateException("the learners' stubs made from solutions/ do not compile:\n"
                    + String.join("\n", compiled.errors().values().stream().flatMap(List::stream).toList()));
        }
        return compiled.output();
    }
}
