package layers.grading.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseTest {

    @TempDir
    Path root;

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private String read(String path) throws IOException {
        return Files.readString(root.resolve(path));
    }

    private void aSmallCourse() throws IOException {
        write("solutions/src/main/java/layers/exercises/welcome/MySum.java", """
                package layers.exercises.welcome;

                public class MySum {
                    public long sum(long a, long b) {
                        // BEGIN SOLUTION welcome.sum
                        return Math.addExact(a, b);
                        // END SOLUTION
                    }
                }
                """);
        write("solutions/src/test/java/layers/exercises/welcome/SumTest.java", """
                package layers.exercises.welcome;

                import layers.grading.Hidden;

                class SumTest {
                    @Test
                    void visible() {
                    }

                    @Test
                    @Hidden
                    void hidden() {
                    }
                }
                """);
        write("solutions/src/test/resources/layers/exercises/welcome/vectors.txt", "1 2 3\n");
        write("solutions/src/test/java/layers/course/InstructorOnlyTest.java", "class InstructorOnlyTest {}\n");
        write("solutions/notebooks/00-welcome.md", """
                # Welcome

                ```java
                class MySum {
                    long sum(long a, long b) {
                        // BEGIN SOLUTION welcome.sum
                        return a + b;
                        // END SOLUTION
                    }
                }
                ```
                """);
    }

    @Test
    void producesTheLearnersFilesFromTheSolutions() throws IOException {
        aSmallCourse();
        new Release(root).write();

        assertTrue(read("exercises/src/main/java/layers/exercises/welcome/MySum.java").contains(
                "throw new UnsupportedOperationException(\"exercise welcome.sum: not written yet — see the hints above\");"));
        assertFalse(read("exercises/src/test/java/layers/exercises/welcome/SumTest.java").contains("hidden"));
        assertEquals("1 2 3\n", read("exercises/src/test/resources/layers/exercises/welcome/vectors.txt"));
        assertFalse(Files.exists(root.resolve("exercises/src/test/java/layers/course/InstructorOnlyTest.java")),
                "only layers/exercises is released");
        assertTrue(read("notebooks/00-welcome.ipynb").contains("not written yet"));
        assertTrue(read("solutions/notebooks/00-welcome.ipynb").contains("return a + b;"));
        assertFalse(read("solutions/notebooks/00-welcome.ipynb").contains("BEGIN SOLUTION"));
    }

    @Test
    void releasingAgainGivesTheSameBytes() throws IOException {
        aSmallCourse();
        Release release = new Release(root);
        release.write();
        SortedMap<String, byte[]> first = release.plan();
        Map<String, byte[]> onDisk = new java.util.TreeMap<>();
        for (String path : first.keySet()) {
            onDisk.put(path, Files.readAllBytes(root.resolve(path)));
        }

        List<String> changes = new Release(root).write();

        assertEquals(List.of(), changes);
        SortedMap<String, byte[]> second = new Release(root).plan();
        assertEquals(first.keySet(), second.keySet());
        for (String path : first.keySet()) {
            assertArrayEquals(first.get(path), second.get(path), path);
            assertArrayEquals(onDisk.get(path), Files.readAllBytes(root.resolve(path)), path);
        }
        assertTrue(new Release(root).check().isEmpty());
    }

    @Test
    void checkNamesTheFirstDifferingFileAndLine() throws IOException {
        aSmallCourse();
        new Release(root).write();
        String path = "exercises/src/main/java/layers/exercises/welcome/MySum.java";
        write(path, read(path).replace("throw new", "return 0; // throw new"));

        String message = new Release(root).check().orElseThrow();

        assertTrue(message.startsWith(path + ":5 differs from what release produces\n"), message);
        assertTrue(message.contains("+ on disk:         return 0; // throw new"), message);
        assertTrue(message.endsWith("Run ./course release and commit the result."), message);
    }

    @Test
    void checkReportsAndWriteDeletesFilesReleaseNoLongerMakes() throws IOException {
        aSmallCourse();
        new Release(root).write();
        write("exercises/src/main/java/layers/exercises/welcome/Stale.java", "class Stale {}\n");

        assertTrue(new Release(root).check().orElseThrow().startsWith(
                "exercises/src/main/java/layers/exercises/welcome/Stale.java should not exist"));
        assertEquals(List.of("deleted exercises/src/main/java/layers/exercises/welcome/Stale.java"),
                new Release(root).write());
    }

    @Test
    void aMissingFileIsReported() throws IOException {
        aSmallCourse();
        new Release(root).write();
        Files.delete(root.resolve("notebooks/00-welcome.ipynb"));

        assertTrue(new Release(root).check().orElseThrow().startsWith("notebooks/00-welcome.ipynb is missing"));
    }
}
