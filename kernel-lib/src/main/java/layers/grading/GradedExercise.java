package layers.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declares that a JUnit 5 test class is the test suite of one exercise, and describes the exercise.
 *
 * <p>This annotation is the whole registration of an exercise: {@link Exercises} finds every class in package
 * {@code layers.exercises} (and below) whose name ends in {@code Test} and that carries it. There is no other index
 * to keep in step.
 *
 * <p>It also brings the grading machinery to the class, so the same tests behave the same way in a notebook, in an
 * IDE, under Maven and in the class gradebook: every test runs on its own thread with a time limit
 * ({@link TimeLimitedTests}), tests run in the order they are written ({@link SourceOrder}), and a run outside a
 * notebook ends with a score table ({@link IdeScoreSummary}).
 *
 * <pre>{@code
 * @GradedExercise(id = "welcome.sum", title = "Add up amounts of satoshis", contract = SatoshiSum.class,
 *         statement = "...", hints = {"...", "..."})
 * class SatoshiSumTest {
 *     private final SatoshiSum sum = Implementation.of(SatoshiSum.class);
 *
 *     @Test @Points(2) void addsTwoAmounts() { ... }
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TimeLimitedTests.class)
@ExtendWith(IdeScoreSummary.class)
@TestMethodOrder(SourceOrder.class)
public @interface GradedExercise {

    /** The id learners type in {@code %grade}: the part of the course, a dot, the exercise ({@code welcome.sum}). */
    String id();

    /** A short title, shown above the score table. */
    String title();

    /** The interface the learner implements; tests only talk to the implementation through it. */
    Class<?> contract();

    /**
     * The learner's class in the {@code exercises} module, by binary name. Empty means the convention: the contract's
     * package, then {@code My} and the contract's simple name ({@code layers.exercises.welcome.MySatoshiSum}). It is a
     * name rather than a class literal so that the tests still compile when the learner's file does not.
     */
    String implementation() default "";

    /** What to build, in a few sentences of Markdown. */
    String statement();

    /** Hints, from the gentlest to the most telling. */
    String[] hints() default {};
}
