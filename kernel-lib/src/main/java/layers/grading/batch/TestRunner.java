package layers.grading.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import layers.grading.Exercise;
import layers.grading.Exercises;
import layers.grading.GradeListener;
import layers.grading.GradedTest;
import layers.grading.Grader;
import layers.grading.TestResult;

/**
 * The main class of a test JVM, started by {@link IsolatedGrading}; not for people to run.
 *
 * <p>It finds the exercises on its class path, writes all of them and their tests to the results file, then grades
 * each (or each named by {@code --only}) against
 * the learner's class found on the class path, writing every start and result as it happens. When a test's thread
 * cannot be stopped it writes that result and ends the JVM at once, so that the runaway thread does not slow the
 * remaining tests; the starting JVM then starts another one for them.
 *
 * <pre>
 * java -cp ... layers.grading.batch.TestRunner --results FILE --per-test MILLIS
 *      [--skip FILE] [--only EXERCISE_ID]... [--plan-only]
 * </pre>
 */
public final class TestRunner {

    /** The exit status after a thread could not be stopped. */
    public static final int EXIT_ABANDONED_THREAD = 86;

    private TestRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path results = null;
        Duration perTest = Duration.ofSeconds(2);
        Set<String> skip = new HashSet<>();
        List<String> only = new ArrayList<>();
        boolean planOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--results" -> results = Path.of(args[++i]);
                case "--per-test" -> perTest = Duration.ofMillis(Long.parseLong(args[++i]));
                case "--skip" -> skip.addAll(Files.readAllLines(Path.of(args[++i])));
                case "--only" -> only.add(args[++i]);
                case "--plan-only" -> planOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (results == null) {
            throw new IllegalArgumentException("--results FILE is required");
        }
        System.setProperty("java.awt.headless", "true");
        List<Exercise> exercises = Exercises.all(TestRunner.class.getClassLoader());
        try (ResultsFile.Writer out = new ResultsFile.Writer(results)) {
            for (Exercise exercise : exercises) {
                out.exercise(exercise.id(), exercise.title(), exercise.implementationClassName());
                exercise.tests().forEach(test -> out.test(exercise.id(), test));
            }
            if (!planOnly) {
                for (Exercise exercise : exercises) {
                    if (!only.isEmpty() && !only.contains(exercise.id())) {
                        continue;
                    }
                    Grader.grade(exercise, exercise.implementationOnClasspath(), perTest, new Recorder(exercise, out),
                            key -> !skip.contains(key));
                }
            }
            out.done();
        }
        System.out.flush();
        System.err.flush();
        // halt, not exit: shutdown hooks or threads the code under test left behind must not keep this JVM alive.
        Runtime.getRuntime().halt(0);
    }

    /** Writes each event down; ends the JVM after the result of a test whose thread could not be stopped. */
    private static final class Recorder implements GradeListener {
        private final Exercise exercise;
        private final ResultsFile.Writer out;
        private boolean threadAbandoned;

        Recorder(Exercise exercise, ResultsFile.Writer out) {
            this.exercise = exercise;
            this.out = out;
        }

        @Override
        public void testStarted(GradedTest test) {
            out.started(exercise.id(), test);
        }

        @Override
        public void threadAbandoned() {
            threadAbandoned = true;
        }

        @Override
        public void testFinished(TestResult result) {
            out.finished(exercise.id(), result);
            if (threadAbandoned) {
                Runtime.getRuntime().halt(EXIT_ABANDONED_THREAD);
            }
        }
    }
}
