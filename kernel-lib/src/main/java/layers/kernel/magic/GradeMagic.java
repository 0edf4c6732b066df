package layers.kernel.magic;

import layers.grading.Durations;
import layers.grading.Exercise;
import layers.grading.Exercises;
import layers.grading.GradeReport;
import layers.grading.Grader;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code %grade EXERCISE [PER-TEST LIMIT]}: grades the class this notebook defines for an exercise with the
 * exercise's JUnit 5 tests, and shows a table of each test, its points and, for a failure, what went wrong.
 *
 * <p>The class is the newest one named as the exercise names it ({@code MySatoshiSum}) or, failing that, the newest
 * one that implements the exercise's interface. Redefining the class in a cell and grading again grades the new
 * version.
 */
public final class GradeMagic implements Magic {

    static final Duration DEFAULT_PER_TEST = Duration.ofSeconds(2);

    @Override
    public Object run(String arguments, String body, MagicContext context) {
        String[] words = arguments.strip().split("\\s+");
        if (words[0].isEmpty()) {
            throw new MagicError("%grade needs an exercise id, e.g. %grade welcome.sum. Exercises: "
                    + Exercises.knownIds(Exercises.all()));
        }
        Duration perTest = words.length > 1 ? parseLimit(words[1]) : DEFAULT_PER_TEST;
        Exercise exercise = Exercises.find(words[0])
                .orElseThrow(() -> new MagicError("there is no exercise '" + words[0] + "'. Exercises: "
                        + Exercises.knownIds(Exercises.all())));
        List<Class<?>> defined = context.cellClassesAssignableTo(Object.class);
        Optional<Class<?>> implementation = exercise.findImplementation(defined);
        if (implementation.isEmpty()) {
            String contract = exercise.contract().getSimpleName();
            throw new MagicError("no class in this notebook implements " + exercise.contract().getName()
                    + " yet. Write it in a cell, e.g. `class " + exercise.implementationSimpleName() + " implements "
                    + contract + " { ... }` with " + String.join(", ", exercise.contractMethods())
                    + ", run that cell, then run %grade " + exercise.id() + " again.");
        }
        GradeReport report = Grader.grade(exercise, implementation.get(), perTest);
        DisplayData shown = new DisplayData(report.toString());
        shown.putHTML(report.toHtml());
        return shown;
    }

    private static Duration parseLimit(String text) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MagicError("%grade: '" + text + "' is not a time limit per test; write e.g. 5s or 500ms");
        }
    }
}
