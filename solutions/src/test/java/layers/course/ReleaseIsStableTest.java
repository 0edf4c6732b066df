package layers.course;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import layers.grading.release.Release;
import org.junit.jupiter.api.Test;

/** Release of the real course: the same sources always give the same bytes, and no solution reaches learners. */
class ReleaseIsStableTest {

    @Test
    void releasingTwiceGivesTheSameBytes() {
        SortedMap<String, byte[]> first = new Release(CourseRoot.path()).plan();
        SortedMap<String, byte[]> second = new Release(CourseRoot.path()).plan();

        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void learnersGetNoSolutionAndNoHiddenTest() {
        SortedMap<String, byte[]> plan = new Release(CourseRoot.path()).plan();

        plan.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (!path.startsWith("solutions/")) {
                assertFalse(text.contains("BEGIN SOLUTION"), path);
                assertFalse(text.contains("@Hidden"), path);
                assertFalse(text.contains("total = Math.addExact(total, amount);"), path + " holds the welcome.sum solution");
            }
        });
        assertTrue(plan.containsKey("notebooks/00-welcome.ipynb"));
        assertTrue(plan.containsKey("solutions/notebooks/00-welcome.ipynb"));
        assertTrue(plan.containsKey("exercises/src/main/java/layers/exercises/welcome/MySatoshiSum.java"));
    }
}
