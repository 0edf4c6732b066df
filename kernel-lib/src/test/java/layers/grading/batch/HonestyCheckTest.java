package layers.grading.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HonestyCheckTest {

    @TempDir
    Path temp;

    @Test
    void testsThatFailOnTheStubAreHonest() throws Exception {
        Path root = SyntheticCourse.courseWithTheFixtureExercise(temp.resolve("course"));

        assertEquals(List.of(), HonestyCheck.run(new CourseLayout(root), SyntheticCourse.fixtureTestClasses(),
                temp.resolve("work"), Duration.ofSeconds(2)));
    }

    @Test
    void aTestThatPassesOnTheStubIsNamed() throws Exception {
        Path root = temp.resolve("course");
        SyntheticCourse.write(root.resolve("solutions/src/main/java/layers/exercises/fixture/Doubler.java"),
                SyntheticCourse.CONTRACT);
        // A stub that happens to be right for 0, 6 and 7 but for nothing else: only the parameterized test passes.
        SyntheticCourse.write(root.resolve("solutions/src/main/java/layers/exercises/fixture/MyDoubler.java"),
                SyntheticCourse.myDoubler("""
                        // BEGIN SOLUTION fixture.twice stub: return x == 0 || x > 5 && x < 8 ? 2 * x : -1;
                        return 2 * x;
                        // END SOLUTION"""));

        List<String> problems = HonestyCheck.run(new CourseLayout(root), SyntheticCourse.fixtureTestClasses(),
                temp.resolve("work"), Duration.ofSeconds(2));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("fixture.twice: test 'doubles small numbers' "
                + "(layers.exercises.fixture.DoublerTest#doublesSmallNumbers(int)) passes against the unmodified stub"),
                problems.get(0));
    }

    @Test
    void anExerciseWhoseSolutionIsNotMarkedIsReported() throws Exception {
        Path root = temp.resolve("course");
        SyntheticCourse.write(root.resolve("solutions/src/main/java/layers/exercises/fixture/Doubler.java"),
                SyntheticCourse.CONTRACT);
        SyntheticCourse.write(root.resolve("solutions/src/main/java/layers/exercises/fixture/MyDoubler.java"),
                SyntheticCourse.myDoubler("throw new IllegalStateException();"));

        List<String> problems = HonestyCheck.run(new CourseLayout(root), SyntheticCourse.fixtureTestClasses(),
                temp.resolve("work"), Duration.ofSeconds(2));

        assertEquals(List.of("fixture.twice: solutions/src/main/java/layers/exercises/fixture/MyDoubler.java has no"
                + " // BEGIN SOLUTION fixture.twice region, so learners would get the solution"), problems);
    }
}
