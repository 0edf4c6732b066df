package layers.grading.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import layers.grading.GradeReport;
import layers.grading.GradedTest;
import layers.grading.TestResult;
import layers.grading.release.SolutionRegions;

/**
 * Checks that the tests can tell a solution from no solution: every graded test must fail against the learners'
 * unmodified stubs. A test that passes on a stub gives away points for nothing, and is a bug.
 *
 * <p>The other half of honesty, that every test passes against the reference solution, is the {@code solutions}
 * module's own {@code mvn verify}: there the tests, hidden ones included, run against the solutions. This check also
 * asks that every exercise has at least one visible and one hidden test, and that the class learners edit exists
 * with its solution inside {@code BEGIN SOLUTION} markers naming the exercise.
 */
public final class HonestyCheck {

    private HonestyCheck() {
    }

    /**
     * Runs the instructor's compiled tests against the compiled stubs, in a separate JVM.
     *
     * @param testClasses the instructor's test classes, usually {@link CourseLayout#solutionsTestClasses()}
     * @return the problems found, each naming its exercise and test; empty when the tests are honest
     */
    public static List<String> run(CourseLayout layout, Path testClasses, Path workDir, Duration perTest)
            throws IOException, InterruptedException {
        if (!Files.exists(testClasses)) {
            throw new IllegalStateException("no compiled tests at " + testClasses
                    + "; build them first (mvn -q test-compile)");
        }
        Path stubs = StubClasses.compile(layout, workDir);
        List<Path> classpath = new ArrayList<>(List.of(stubs, testClasses));
        classpath.addAll(layout.libraryClasspath());
        IsolatedGrading.Result result = IsolatedGrading.grade(classpath, workDir.resolve("run"), perTest,
                Duration.ofMinutes(10), List.of());
        List<String> problems = new ArrayList<>();
        if (result.exercises().isEmpty()) {
            problems.add("no exercises found in " + testClasses
                    + (result.problem() == null ? "" : " (" + result.problem() + ")"));
        }
        for (Map.Entry<String, ResultsFile.PlannedExercise> entry : result.exercises().entrySet()) {
            String id = entry.getKey();
            ResultsFile.PlannedExercise exercise = entry.getValue();
            List<GradedTest> tests = exercise.tests();
            if (tests.stream().noneMatch(t -> !t.hidden())) {
                problems.add(id + ": has no visible test; learners could not check their work");
            }
            if (tests.stream().noneMatch(GradedTest::hidden)) {
                problems.add(id + ": has no hidden test (@Hidden); add one that a solution fitted to the visible"
                        + " tests would fail");
            }
            problems.addAll(solutionFileProblems(layout, id, exercise.implementationClass()));
            GradeReport report = result.reports().get(id);
            for (TestResult row : report.rows()) {
                if (row.passed()) {
                    problems.add(id + ": test '" + row.name() + "' (" + row.key() + ") passes against the unmodified"
                            + " stub; it must fail until the exercise is solved");
                }
            }
        }
        return problems;
    }

    /** The class learners edit must exist, with its solution between markers that name this exercise. */
    private static List<String> solutionFileProblems(CourseLayout layout, String id, String implementationClass)
            throws IOException {
        Path file = layout.root().resolve("solutions/src/main/java")
                .resolve(implementationClass.replace('.', '/') + ".java");
        if (!Files.exists(file)) {
            return List.of(id + ": the class learners edit, " + implementationClass + ", is not in "
                    + layout.root().relativize(file));
        }
        java.util.Set<String> ids = SolutionRegions.exerciseIds(Files.readString(file));
        if (!ids.contains(id)) {
            return List.of(id + ": " + layout.root().relativize(file) + " has no // BEGIN SOLUTION " + id
                    + " region, so learners would get the solution");
        }
        ids.remove(id);
        return ids.isEmpty() ? List.of() : List.of(id + ": " + layout.root().relativize(file)
                + " has solution regions of other exercises: " + ids);
    }
}
