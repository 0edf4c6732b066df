package layers.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import layers.grading.batch.CourseLayout;
import layers.grading.batch.HonestyCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The honesty check, as part of {@code mvn verify}: every graded test of every exercise fails against the learners'
 * unmodified stubs. (That they all pass against the solutions is the rest of this module's tests.) It lives in
 * package {@code layers.course}, which {@code release} never copies to the learners.
 */
class TestsAreHonestTest {

    @TempDir
    Path work;

    @Test
    void everyGradedTestFailsAgainstTheStubsLearnersStartFrom() throws Exception {
        List<String> problems = HonestyCheck.run(new CourseLayout(CourseRoot.path()), CourseRoot.testClasses(), work,
                Duration.ofSeconds(5));

        assertEquals(List.of(), problems, () -> String.join("\n", problems));
    }
}
