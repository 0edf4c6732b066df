package layers.grading.batch;

import static layers.grading.batch.SyntheticCourse.CONTRACT;
import static layers.grading.batch.SyntheticCourse.myDoubler;
import static layers.grading.batch.SyntheticCourse.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradebookTest {

    @TempDir
    Path temp;

    @Test
    void gradesEachStudentAloneWhateverTheirCodeDoes() throws Exception {
        Path root = SyntheticCourse.courseWithTheFixtureExercise(temp.resolve("course"));
        Path submissions = temp.resolve("submissions");
        String fixture = "src/main/java/layers/exercises/fixture/";
        write(submissions.resolve("alice/" + fixture + "Doubler.java"), CONTRACT);
        write(submissions.resolve("alice/" + fixture + "MyDoubler.java"), myDoubler("return x + x;"));
        write(submissions.resolve("bob/exercises/" + fixture + "MyDoubler.java"), myDoubler("return 2 * x"));
        write(submissions.resolve("carol/" + fixture + "MyDoubler.java"), myDoubler("""
                while (x == 1) {
                    Thread.onSpinWait();
                }
                return 2 * x;"""));
        write(submissions.resolve("dave/" + fixture + "MyDoubler.java"), myDoubler("""
                if (x == 2) {
                    System.exit(3);
                }
                return 2 * x;"""));
        Files.createDirectories(submissions.resolve("erin/notes"));

        Gradebook gradebook = new Gradebook(new CourseLayout(root), SyntheticCourse.fixtureTestClasses(),
                new Gradebook.Settings(Duration.ofSeconds(1), Duration.ofSeconds(60), 2), temp.resolve("work"));
        List<Gradebook.StudentResult> results = gradebook.grade(submissions, message -> { });
        Map<String, Gradebook.Entry> byStudent = results.stream()
                .collect(Collectors.toMap(Gradebook.StudentResult::student, r -> r.entries().get(0)));

        assertEquals(List.of("alice", "bob", "carol", "dave", "erin"),
                results.stream().map(Gradebook.StudentResult::student).toList());
        assertEquals(new Gradebook.Entry("alice", "fixture.twice", 8, 8, 7, 0, ""), byStudent.get("alice"));
        assertEquals(new Gradebook.Entry("bob", "fixture.twice", 0, 8, 0, 7,
                "does not compile: MyDoubler.java:6: ';' expected"), byStudent.get("bob"));
        Gradebook.Entry carol = byStudent.get("carol");
        assertEquals(7, carol.points(), carol.toString());
        assertEquals("doubles one: your code did not finish within 1 s; it could not be stopped and may still be running",
                carol.note());
        Gradebook.Entry dave = byStudent.get("dave");
        assertEquals(7, dave.points(), dave.toString());
        assertEquals("doubles two: your code called System.exit(3)", dave.note());
        assertEquals(0, byStudent.get("erin").points());
        assertTrue(byStudent.get("erin").note().startsWith("no sources"), byStudent.get("erin").note());

        Path csv = temp.resolve("gradebook.csv");
        GradebookCsv.write(results, csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("student,exercise,points,possible,passed,failed,note", lines.get(0));
        assertEquals("alice,fixture.twice,8,8,7,0,", lines.get(1));
        assertEquals("bob,fixture.twice,0,8,0,7,does not compile: MyDoubler.java:6: ';' expected", lines.get(2));
        assertEquals(6, lines.size());

        Path html = temp.resolve("gradebook.html");
        GradebookHtml.write(results, html);
        String page = Files.readString(html);
        assertTrue(page.contains("<img alt=\"histogram of total scores\" src=\"data:image/png;base64,iVBOR"),
                "a PNG is embedded");
        assertTrue(page.contains("<td>alice</td>"), page);
        assertTrue(page.contains("does not compile"), page);
    }

    @Test
    void csvFieldsAreQuotedWhenTheyMustBe() {
        assertEquals("plain", GradebookCsv.field("plain"));
        assertEquals("\"a, b\"", GradebookCsv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", GradebookCsv.field("say \"hi\""));
        assertEquals("two lines", GradebookCsv.field("two\nlines"));
    }

    @Test
    void theLibraryClasspathLeavesOutTheCourseModules() throws IOException {
        Path root = temp.resolve("course");
        Files.createDirectories(root);
        String saved = System.getProperty("java.class.path");
        try {
            Path lib = Files.createFile(temp.resolve("kernel-lib.jar"));
            Path solutions = Files.createDirectories(root.resolve("solutions/target/classes"));
            Path elsewhere = Files.createFile(temp.resolve("solutions-0.1.0-SNAPSHOT-tests.jar"));
            System.setProperty("java.class.path", String.join(java.io.File.pathSeparator,
                    lib.toString(), solutions.toString(), elsewhere.toString()));
            assertEquals(List.of(lib), new CourseLayout(root).libraryClasspath());
        } finally {
            System.setProperty("java.class.path", saved);
        }
    }
}
