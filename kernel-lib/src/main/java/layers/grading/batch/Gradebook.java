package layers.grading.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import layers.grading.GradeReport;
import layers.grading.TestResult;

/**
 * Grades a class: every student's code against the instructor's tests (hidden ones included).
 *
 * <p>For each student: compile their sources with javac (keeping what compiles), then run the tests in JVMs of
 * their own ({@link IsolatedGrading}), so no submission can stop another. A file that does not compile costs its
 * exercise, with javac's message as the note; a file that is missing falls back to the learners' stub, worth
 * nothing.
 */
public final class Gradebook {

    /**
     * @param perTest    time limit of each test
     * @param perStudent wall-clock limit of all the test JVMs of one student
     * @param jobs       students graded at the same time
     */
    public record Settings(Duration perTest, Duration perStudent, int jobs) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(2), Duration.ofMinutes(2),
                    Math.max(1, Runtime.getRuntime().availableProcessors()));
        }
    }

    /** One row of the gradebook: one student, one exercise. */
    public record Entry(String student, String exercise, int points, int possible, int passed, int failed,
                        String note) {
    }

    /** Everything about one student, and how long grading them took. */
    public record StudentResult(String student, List<Entry> entries, Duration took) {
        public int points() {
            return entries.stream().mapToInt(Entry::points).sum();
        }

        public int possible() {
            return entries.stream().mapToInt(Entry::possible).sum();
        }
    }

    private final CourseLayout layout;
    private final Path testClasses;
    private final Settings settings;
    private final Path workDir;

    public Gradebook(CourseLayout layout, Path testClasses, Settings settings, Path workDir) {
        this.layout = layout;
        this.testClasses = testClasses;
        this.settings = settings;
        this.workDir = workDir;
    }

    /** Grades every folder of {@code submissionsDir}, telling {@code progress} as each student is done. */
    public List<StudentResult> grade(Path submissionsDir, Consumer<String> progress)
            throws IOException, InterruptedException {
        Path stubs = StubClasses.compile(layout, workDir.resolve("course"));
        List<Path> courseClasspath = new ArrayList<>(List.of(stubs, testClasses));
        courseClasspath.addAll(layout.libraryClasspath());
        Map<String, ResultsFile.PlannedExercise> plan = IsolatedGrading.plan(courseClasspath,
                workDir.resolve("course/plan"), Duration.ofMinutes(2));
        if (plan.isEmpty()) {
            throw new IllegalStateException("no exercises found in " + testClasses);
        }
        List<Submission> submissions = submissions(submissionsDir);
        ExecutorService pool = Executors.newFixedThreadPool(settings.jobs());
        try {
            List<Future<StudentResult>> futures = new ArrayList<>();
            for (Submission submission : submissions) {
                futures.add(pool.submit(() -> {
                    StudentResult result = gradeOne(submission, stubs, courseClasspath, plan);
                    progress.accept(String.format("graded %s: %d/%d points (%.1f s)", result.student(),
                            result.points(), result.possible(), result.took().toMillis() / 1000.0));
                    return result;
                }));
            }
            List<StudentResult> results = new ArrayList<>();
            for (Future<StudentResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("grading failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private StudentResult gradeOne(Submission submission, Path stubs, List<Path> courseClasspath,
                                   Map<String, ResultsFile.PlannedExercise> plan) throws Exception {
        long start = System.nanoTime();
        Path work = workDir.resolve("students").resolve(submission.directoryName());
        List<Entry> entries = new ArrayList<>();
        if (submission.sources().isEmpty()) {
            for (ResultsFile.PlannedExercise exercise : plan.values()) {
                entries.add(nothing(submission, exercise,
                        "no sources: expected src/main/java or exercises/src/main/java in the folder"));
            }
            return new StudentResult(submission.student(), entries, Duration.ofNanos(System.nanoTime() - start));
        }
        List<Path> compileClasspath = new ArrayList<>(List.of(stubs));
        compileClasspath.addAll(layout.libraryClasspath());
        SourceCompiler.Compiled compiled = SourceCompiler.compile(submission.sources().get(), compileClasspath,
                work.resolve("classes"));
        List<Path> classpath = new ArrayList<>(List.of(compiled.output()));
        classpath.addAll(courseClasspath);
        IsolatedGrading.Result result = IsolatedGrading.grade(classpath, work.resolve("run"), settings.perTest(),
                settings.perStudent(), List.of());
        for (ResultsFile.PlannedExercise exercise : plan.values()) {
            List<String> errors = compiled.errors().get(exercise.implementationClass().replace('.', '/') + ".java");
            GradeReport report = result.reports().get(exercise.id());
            if (errors != null) {
                entries.add(nothing(submission, exercise, "does not compile: " + errors.get(0)));
            } else if (report == null) {
                entries.add(nothing(submission, exercise, "not graded: "
                        + (result.problem() == null ? "the test JVM found no such exercise" : result.problem())));
            } else {
                entries.add(new Entry(submission.student(), exercise.id(), report.earned(), report.possible(),
                        report.passedCount(), report.failedCount(), note(report)));
            }
        }
        return new StudentResult(submission.student(), entries, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Entry nothing(Submission submission, ResultsFile.PlannedExercise exercise, String note) {
        int possible = exercise.tests().stream().mapToInt(t -> t.points()).sum();
        return new Entry(submission.student(), exercise.id(), 0, possible, 0, exercise.tests().size(), note);
    }

    /** The first failure, briefly: enough for an instructor to see what went wrong without opening anything. */
    static String note(GradeReport report) {
        List<TestResult> failures = report.rows().stream().filter(r -> !r.passed()).toList();
        if (failures.isEmpty()) {
            return "";
        }
        String first = failures.get(0).name() + ": " + failures.get(0).message().replace('\n', ' ');
        if (first.length() > 160) {
            first = first.substring(0, 157) + "...";
        }
        return failures.size() > 1 ? first + " (+" + (failures.size() - 1) + " more failed)" : first;
    }

    static List<Submission> submissions(Path submissionsDir) throws IOException {
        if (!Files.isDirectory(submissionsDir)) {
            throw new IllegalArgumentException(submissionsDir + " is not a directory");
        }
        try (Stream<Path> children = Files.list(submissionsDir)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> new Submission(p.getFileName().toString(), p))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
