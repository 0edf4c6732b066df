package layers.grading.batch;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import layers.exercises.fixture.Doubler;

/** Writes small courses and submissions to disk for the tests of the command-line tools. */
final class SyntheticCourse {

    static final String CONTRACT = """
            package layers.exercises.fixture;

            public interface Doubler {
                int twice(int x);
            }
            """;

    private SyntheticCourse() {
    }

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** The learner's class of the fixture exercise with {@code body} as the body of {@code twice}. */
    static String myDoubler(String body) {
        return """
                package layers.exercises.fixture;

                public class MyDoubler implements Doubler {
                    @Override
                    public int twice(int x) {
                %s
                    }
                }
                """.formatted(body.indent(8).stripTrailing());
    }

    /** A course root whose solutions/ holds the fixture exercise's contract and reference solution. */
    static Path courseWithTheFixtureExercise(Path root) throws IOException {
        Path main = root.resolve("solutions/src/main/java/layers/exercises/fixture");
        write(main.resolve("Doubler.java"), CONTRACT);
        write(main.resolve("MyDoubler.java"), myDoubler("""
                // BEGIN SOLUTION fixture.twice
                return 2 * x;
                // END SOLUTION"""));
        return root;
    }

    /** Where this module's compiled tests are, which include the fixture exercise's tests. */
    static Path fixtureTestClasses() {
        try {
            return Path.of(Doubler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
