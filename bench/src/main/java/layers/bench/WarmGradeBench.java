package layers.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import layers.exercises.welcome.MyHexEncoder;
import layers.exercises.welcome.MySatoshiSum;
import layers.grading.Exercise;
import layers.grading.Exercises;
import layers.grading.GradeReport;
import layers.grading.Grader;

/**
 * How long {@code %grade} takes in a warm JVM, as in a notebook kernel that has graded before: grades each welcome
 * exercise against its reference solution, once cold and then {@code ROUNDS} times, and prints the times.
 *
 * <pre>
 * java -cp bench/target/classes:kernel-lib/target/classes:kernel-lib/target/lib/*:solutions/target/classes:\
 *   solutions/target/test-classes layers.bench.WarmGradeBench [ROUNDS]
 * </pre>
 */
public final class WarmGradeBench {

    private WarmGradeBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long findStart = System.nanoTime();
        Exercises.all();
        System.out.printf("Exercises.all() first call: %.1f ms%n", millis(System.nanoTime() - findStart));
        measure("welcome.sum", MySatoshiSum::new, rounds);
        measure("welcome.hex", MyHexEncoder::new, rounds);
    }

    private static void measure(String id, Supplier<?> solution, int rounds) {
        long start = System.nanoTime();
        Exercise exercise = Exercises.find(id).orElseThrow();
        GradeReport first = Grader.grade(exercise, solution, Duration.ofSeconds(2));
        double cold = millis(System.nanoTime() - start);
        double[] warm = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            GradeReport report = Grader.grade(Exercises.find(id).orElseThrow(), solution, Duration.ofSeconds(2));
            warm[i] = millis(System.nanoTime() - t);
            if (report.earned() != first.earned()) {
                throw new IllegalStateException("grading is not deterministic: " + report + " after " + first);
            }
        }
        Arrays.sort(warm);
        System.out.printf("%s (%s): cold %.1f ms; warm over %d rounds, find + grade: median %.1f ms, max %.1f ms%n",
                id, first.summary(), cold, rounds, warm[rounds / 2], warm[rounds - 1]);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
