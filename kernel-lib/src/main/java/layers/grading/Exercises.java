package layers.grading;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Finds the course's exercises on the classpath.
 *
 * <p>An exercise is a class in package {@value #PACKAGE} or below, whose name ends in {@code Test}, annotated
 * {@link GradedExercise}. Nothing else registers it. The classes are found by scanning the class loader (the thread's
 * context class loader unless one is given), in directories and jars alike; with the {@code exercises} module and its
 * test jar on the classpath this finds the learners' exercises, with {@code solutions}' test classes the
 * instructor's.
 */
public final class Exercises {

    /** Where exercises live. */
    public static final String PACKAGE = "layers.exercises";

    private Exercises() {
    }

    /** Every exercise on the thread's context class loader, sorted by id. */
    public static List<Exercise> all() {
        return all(defaultLoader());
    }

    /**
     * Every exercise visible to {@code loader}, sorted by id.
     *
     * @throws IllegalStateException if two test classes claim the same id
     */
    public static List<Exercise> all(ClassLoader loader) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            List<Exercise> found = ReflectionSupport.findAllClassesInPackage(PACKAGE,
                            c -> c.isAnnotationPresent(GradedExercise.class), name -> name.endsWith("Test"))
                    .stream().distinct().map(Exercise::of).collect(Collectors.toList());
            Map<String, Exercise> byId = new HashMap<>();
            for (Exercise exercise : found) {
                Exercise other = byId.putIfAbsent(exercise.id(), exercise);
                if (other != null) {
                    throw new IllegalStateException("two test classes claim exercise " + exercise.id() + ": "
                            + other.testClass().getName() + " and " + exercise.testClass().getName());
                }
            }
            found.sort(Comparator.comparing(Exercise::id));
            return List.copyOf(found);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The exercise with this id on the thread's context class loader. */
    public static Optional<Exercise> find(String id) {
        return find(id, defaultLoader());
    }

    public static Optional<Exercise> find(String id, ClassLoader loader) {
        return all(loader).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The known ids, comma-separated, for messages such as "unknown exercise; known: ...". */
    public static String knownIds(List<Exercise> exercises) {
        return exercises.isEmpty() ? "(none found on the classpath)"
                : exercises.stream().map(Exercise::id).collect(Collectors.joining(", "));
    }

    private static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Exercises.class.getClassLoader();
    }
}
