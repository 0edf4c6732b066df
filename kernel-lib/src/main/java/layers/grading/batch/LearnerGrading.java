package layers.grading.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import layers.grading.GradeReport;
import layers.grading.TestResult;

/**
 * Grades a learner's own {@code exercises/} files against the tests they have, for {@code ./course grade ID}.
 *
 * <p>Everything is compiled from source here (their code, then the visible tests against it), so grading works
 * even when Maven would refuse to build because another exercise is half written: a file that does not compile
 * costs only its own exercise. The tests run in a separate JVM, where {@code System.exit} or an endless loop in the
 * learner's code fails one test instead of ending the command.
 */
public final class LearnerGrading {

    /**
     * @param reports     a report for each requested exercise that exists, in the order requested
     * @param unknownIds  requested ids that name no exercise
     * @param knownIds    every exercise id found
     * @param mainErrors  the learner's files that do not compile, with javac's errors
     * @param testErrors  test files that do not compile against the learner's files
     */
    public record Result(Map<String, GradeReport> reports, List<String> unknownIds, List<String> knownIds,
                         Map<String, List<String>> mainErrors, Map<String, List<String>> testErrors) {
    }

    private LearnerGrading() {
    }

    public static Result grade(CourseLayout layout, List<String> ids, Duration perTest, Path workDir)
            throws IOException, InterruptedException {
        List<Path> library = layout.libraryClasspath();
        SourceCompiler.Compiled main = SourceCompiler.compile(layout.exercisesMainSources(), library,
                workDir.resolve("main"));
        List<Path> testClasspath = new ArrayList<>(List.of(main.output()));
        testClasspath.addAll(library);
        SourceCompiler.Compiled tests = SourceCompiler.compile(layout.exercisesTestSources(), testClasspath,
                workDir.resolve("tests"));
        List<Path> classpath = new ArrayList<>(List.of(main.output(), tests.output()));
        classpath.addAll(library);
        IsolatedGrading.Result run = IsolatedGrading.grade(classpath, workDir.resolve("run"), perTest,
                Duration.ofMinutes(5), ids);
        Map<String, GradeReport> reports = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            ResultsFile.PlannedExercise exercise = run.exercises().get(id);
            if (exercise == null) {
                unknown.add(id);
                continue;
            }
            List<String> errors = main.errors().get(exercise.implementationClass().replace('.', '/') + ".java");
            if (errors != null) {
                reports.put(id, GradeReport.of(id, exercise.title(), exercise.tests().stream()
                        .map(test -> TestResult.failed(test, "does not compile: " + errors.get(0))).toList()));
            } else if (run.reports().containsKey(id)) {
                reports.put(id, run.reports().get(id));
            }
        }
        return new Result(reports, unknown, List.copyOf(run.exercises().keySet()), main.errors(), tests.errors());
    }
}
