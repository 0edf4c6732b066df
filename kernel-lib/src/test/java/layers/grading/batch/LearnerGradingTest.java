package layers.grading.batch;

import static layers.grading.batch.SyntheticCourse.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import layers.grading.GradeReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnerGradingTest {

    @TempDir
    Path root;

    @BeforeEach
    void aLearnersCheckout() throws IOException {
        Path main = root.resolve("exercises/src/main/java/layers/exercises/mini");
        write(main.resolve("Greeter.java"), """
                package layers.exercises.mini;

                public interface Greeter {
                    String greet(String name);
                }
                """);
        write(main.resolve("MyGreeter.java"), """
                package layers.exercises.mini;

                public class MyGreeter implements Greeter {
                    public String greet(String name) {
                        return "Hello, " + name + "!";
                    }
                }
                """);
        write(main.resolve("HalfWritten.java"), "package layers.exercises.mini;\nclass HalfWritten {\n");
        write(root.resolve("exercises/src/test/java/layers/exercises/mini/GreeterTest.java"), """
                package layers.exercises.mini;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import layers.grading.GradedExercise;
                import layers.grading.Implementation;
                import layers.grading.Points;
                import org.junit.jupiter.api.Test;

                @GradedExercise(id = "mini.greet", title = "Greet", contract = Greeter.class, statement = "Say hello.")
                class GreeterTest {
                    private final Greeter greeter = Implementation.of(Greeter.class);

                    @Test
                    @Points(1)
                    void greetsAda() {
                        assertEquals("Hello, Ada!", greeter.greet("Ada"));
                    }

                    @Test
                    @Points(2)
                    void greetsNobody() {
                        assertEquals("Hello!", greeter.greet(""), "greet(\\"\\")");
                    }
                }
                """);
    }

    @Test
    void gradesTheLearnersFilesAgainstTheVisibleTestsEvenWhenAnotherFileIsBroken() throws Exception {
        LearnerGrading.Result result = LearnerGrading.grade(new CourseLayout(root), List.of("mini.greet"),
                Duration.ofSeconds(2), root.resolve("work"));

        GradeReport report = result.reports().get("mini.greet");
        assertEquals("mini.greet: 1/3 points", report.summary(), report::toString);
        assertEquals("greet(\"\"): expected \"Hello!\" but got \"Hello, !\"", report.rows().get(1).message());
        assertEquals(List.of("layers/exercises/mini/HalfWritten.java"), List.copyOf(result.mainErrors().keySet()));
        assertTrue(result.knownIds().contains("mini.greet"));
        assertTrue(result.unknownIds().isEmpty());
    }

    @Test
    void aClassThatDoesNotCompileScoresNothingAndSaysWhy() throws Exception {
        write(root.resolve("exercises/src/main/java/layers/exercises/mini/MyGreeter.java"), """
                package layers.exercises.mini;

                public class MyGreeter implements Greeter {
                    public String greet(String name) {
                        return "Hello, " + name + "!"
                    }
                }
                """);
        GradeReport report = LearnerGrading.grade(new CourseLayout(root), List.of("mini.greet"),
                Duration.ofSeconds(2), root.resolve("work")).reports().get("mini.greet");

        assertEquals(0, report.earned());
        assertEquals("does not compile: MyGreeter.java:5: ';' expected", report.rows().get(0).message());
    }

    @Test
    void theCommandExitsZeroWhenItGradesAndTwoForAnUnknownId() {
        assertEquals(0, layers.grading.cli.CommandsForTests.grade("--root", root.toString(), "mini.greet"));
        assertEquals(2, layers.grading.cli.CommandsForTests.grade("--root", root.toString(), "mini.nothing"));
        assertEquals(2, layers.grading.cli.CommandsForTests.grade("--root", root.toString()));
        assertEquals(2, layers.grading.cli.CommandsForTests.grade("--root", root.toString(), "--bogus", "mini.greet"));
    }
}
