package layers.grading.batch;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things are in a checkout of the course, and which part of the running JVM's class path is the library.
 *
 * <p>The command-line tools find the course's own modules by their place under the root
 * ({@code exercises/src/...}, {@code solutions/target/test-classes}), never on the class path. From
 * {@code java.class.path} they take only the library: kernel-lib and its dependencies. Anything that belongs to the
 * {@code exercises}, {@code solutions} or {@code bench} modules is left out even if the caller put it there, so that a
 * reference solution can never stand in for a student's missing file.
 */
public final class CourseLayout {

    private final Path root;

    public CourseLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The learners' code: the stubs in a fresh checkout, their work later. */
    public Path exercisesMainSources() {
        return root.resolve("exercises/src/main/java");
    }

    /** The tests learners see. */
    public Path exercisesTestSources() {
        return root.resolve("exercises/src/test/java");
    }

    /** The instructor's compiled tests, hidden ones included ({@code mvn test-compile} in {@code solutions}). */
    public Path solutionsTestClasses() {
        return root.resolve("solutions/target/test-classes");
    }

    /** kernel-lib and its dependencies: {@code java.class.path} without any of the course's modules. */
    public List<Path> libraryClasspath() {
        List<Path> library = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath().normalize();
            if (!isCourseModule(path) && Files.exists(path)) {
                library.add(path);
            }
        }
        return library;
    }

    private boolean isCourseModule(Path path) {
        for (String module : new String[] {"exercises", "solutions", "bench"}) {
            if (path.startsWith(root.resolve(module))) {
                return true;
            }
            String file = path.getFileName() == null ? "" : path.getFileName().toString();
            if (file.startsWith(module + "-") && file.endsWith(".jar")) {
                return true;
            }
        }
        return false;
    }
}
