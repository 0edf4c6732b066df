package layers.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import layers.exercises.fixture.Doubler;
import layers.exercises.fixture.Misbehaviours;
import org.junit.jupiter.api.Test;

class GraderTest {

    private static final Duration LIMIT = Duration.ofMillis(500);
    private final Exercise exercise = Exercises.find("fixture.twice").orElseThrow();

    @Test
    void aCorrectImplementationEarnsEveryPoint() {
        GradeReport report = Grader.grade(exercise, Misbehaviours.Correct::new, LIMIT);

        assertEquals("fixture.twice: 8/8 points", report.summary(), report::toString);
        assertTrue(report.allPassed());
    }

    @Test
    void rowsFollowTheOrderTheTestsAreWritten() {
        List<String> names = exercise.tests().stream().map(GradedTest::name).toList();

        assertEquals(List.of("doubles one", "doubles two", "doubles three", "doubles four", "doubles five",
                "twice({0})".equals(names.get(5)) ? "twice({0})" : "doubles small numbers",
                "doubles seeded random numbers"), names);
    }

    @Test
    void aLoopAnExitAThrowAndDeepRecursionEachFailOnlyTheirOwnTest() {
        GradeReport report = Grader.grade(exercise, Misbehaviours.OneOfEach::new, LIMIT);

        List<TestResult> rows = report.rows();
        assertEquals(Outcome.TIMED_OUT, rows.get(0).outcome());
        assertEquals("your code did not finish within 500 ms", rows.get(0).message());
        assertEquals("your code called System.exit(1)", rows.get(1).message());
        assertTrue(rows.get(2).message().matches(
                "your code threw IllegalStateException: boom \\(at Misbehaviours.OneOfEach.twice, line \\d+\\)"),
                rows.get(2).message());
        assertTrue(rows.get(3).message().startsWith("your code recursed too deeply (StackOverflowError in "),
                rows.get(3).message());
        assertTrue(rows.subList(4, rows.size()).stream().allMatch(TestResult::passed), report::toString);
        assertEquals("fixture.twice: 4/8 points", report.summary());
    }

    @Test
    void runningOutOfMemoryFailsThatTestOnly() {
        GradeReport report = Grader.grade(exercise, Misbehaviours.Hungry::new, Duration.ofSeconds(5));

        assertTrue(report.rows().get(0).message().startsWith("your code ran out of memory (OutOfMemoryError"),
                report::toString);
        assertEquals("fixture.twice: 7/8 points", report.summary());
    }

    @Test
    void aWrongValueIsReportedAsExpectedVersusActual() {
        GradeReport report = Grader.grade(exercise, Misbehaviours.OffByOne::new, LIMIT);

        assertEquals("twice(3): expected 6 but got 7", report.rows().get(2).message());
        assertEquals(Outcome.FAILED, report.rows().get(2).outcome());
        assertEquals("fixture.twice: 7/8 points", report.summary());
    }

    @Test
    void regradingSeesTheNewCodeAndTheSameCodeGetsTheSameScore() {
        GradeReport wrong = Grader.grade(exercise, Misbehaviours.OffByOne::new, LIMIT);
        GradeReport right = Grader.grade(exercise, Misbehaviours.Correct::new, LIMIT);
        GradeReport wrongAgain = Grader.grade(exercise, Misbehaviours.OffByOne::new, LIMIT);

        assertEquals(7, wrong.earned());
        assertEquals(8, right.earned());
        assertEquals(wrong.rows(), wrongAgain.rows());
    }

    @Test
    void everyTestGetsAFreshObject() {
        AtomicInteger made = new AtomicInteger();
        Grader.grade(exercise, () -> {
            made.incrementAndGet();
            return new Misbehaviours.Correct();
        }, LIMIT);

        assertEquals(exercise.tests().size() + 2, made.get(), "one per test, and per case of the parameterized test");
    }

    @Test
    void anObjectThatDoesNotImplementTheContractFailsEveryTestSayingWhatIsMissing() {
        GradeReport report = Grader.grade(exercise, Misbehaviours.Unrelated::new, LIMIT);

        String expected = "Unrelated does not implement layers.exercises.fixture.Doubler; it needs: int twice(int)."
                + " Declare it as `class Unrelated implements Doubler { ... }`.";
        assertTrue(report.rows().stream().allMatch(r -> r.message().endsWith(expected)), report::toString);
        assertEquals(Grader.checkContract(exercise, Misbehaviours.Unrelated.class).orElseThrow(), expected);
        assertTrue(Grader.checkContract(exercise, Misbehaviours.Correct.class).isEmpty());
    }

    @Test
    void gradingAClassChecksItsContractFirst() {
        GradeReport report = Grader.grade(exercise, Misbehaviours.Unrelated.class, LIMIT);

        assertEquals(0, report.earned());
        assertTrue(report.rows().get(0).message().startsWith("Unrelated does not implement"));
        assertEquals(8, Grader.grade(exercise, Misbehaviours.Correct.class, LIMIT).earned());
    }

    @Test
    void codeThatCannotBeStoppedIsAbandonedAndTheGraderGoesOn() {
        AtomicBoolean release = new AtomicBoolean();
        AtomicInteger abandoned = new AtomicInteger();
        try {
            GradeReport report = Grader.grade(exercise, () -> (Doubler) x -> {
                while (x == 1 && !release.get()) {
                    Thread.onSpinWait();
                }
                return 2 * x;
            }, Duration.ofMillis(200), new GradeListener() {
                @Override
                public void threadAbandoned() {
                    abandoned.incrementAndGet();
                }
            }, key -> true);

            assertEquals("your code did not finish within 200 ms; it could not be stopped and may still be running",
                    report.rows().get(0).message());
            assertEquals(1, abandoned.get());
            assertEquals(7, report.earned(), report::toString);
        } finally {
            release.set(true);
        }
    }

    @Test
    void aListenerHearsEachTestAsItHappensAndAFilterSelectsTests() {
        StringBuilder heard = new StringBuilder();
        GradeReport report = Grader.grade(exercise, Misbehaviours.Correct::new, LIMIT, new GradeListener() {
            @Override
            public void testStarted(GradedTest test) {
                heard.append("start ").append(test.name()).append('\n');
            }

            @Override
            public void testFinished(TestResult result) {
                heard.append("end ").append(result.name()).append('\n');
            }
        }, key -> key.contains("doublesTwo") || key.contains("doublesFour"));

        assertEquals("start doubles two\nend doubles two\nstart doubles four\nend doubles four\n", heard.toString());
        assertEquals(2, report.rows().size());
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
