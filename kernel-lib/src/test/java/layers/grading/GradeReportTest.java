package layers.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class GradeReportTest {

    private final GradeReport report = GradeReport.of("welcome.sum", "Add up <amounts>", List.of(
            TestResult.passed(new GradedTest("k#a()", "adds two amounts", 2, false)),
            TestResult.failed(new GradedTest("k#b()", "rejects a negative amount", 1, false),
                    "expected IllegalArgumentException, but your code threw <nothing> & more"),
            TestResult.timedOut(new GradedTest("k#c()", "many amounts", 2, true), "your code did not finish within 2 s")));

    @Test
    void totalsAndSummary() {
        assertEquals(2, report.earned());
        assertEquals(5, report.possible());
        assertEquals(1, report.passedCount());
        assertEquals(2, report.failedCount());
        assertFalse(report.allPassed());
        assertEquals("welcome.sum: 2/5 points", report.summary());
    }

    @Test
    void plainTextHasEveryRowAndItsMessage() {
        String text = report.toString();

        assertTrue(text.startsWith("welcome.sum: 2/5 points  (Add up <amounts>)\n"), text);
        assertTrue(text.contains("passed     2/2     adds two amounts\n"), text);
        assertTrue(text.contains("FAILED     0/1     rejects a negative amount\n"), text);
        assertTrue(text.contains("TIMED OUT  0/2     many amounts (hidden)\n"), text);
        assertTrue(text.contains("your code did not finish within 2 s"), text);
    }

    @Test
    void htmlIsEscapedSelfContainedAndStartsWithTheSummary() {
        String html = report.toHtml();

        assertTrue(html.contains("welcome.sum: 2/5 points"), html);
        assertTrue(html.contains("Add up &lt;amounts&gt;"), html);
        assertTrue(html.contains("your code threw &lt;nothing&gt; &amp; more"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<style"), "inline styles only, so the fragment needs no stylesheet");
        assertFalse(html.matches("(?s).*color:\\s*#.*"), "text keeps the theme's colour, for light and dark themes");
    }

    @Test
    void tableHasOneRowPerTest() {
        Table table = report.toTable();

        assertEquals("welcome.sum: 2/5 points", table.name());
        assertEquals(List.of("test", "result", "points", "possible", "message"), table.columnNames());
        assertEquals(3, table.rowCount());
        assertEquals("timed out", table.stringColumn("result").get(2));
        assertEquals(2, table.intColumn("points").get(0));
    }

    @Test
    void aResultCannotEarnPointsItDidNotPass() {
        GradedTest test = new GradedTest("k#a()", "a", 2, false);
        assertThrows(IllegalArgumentException.class,
                () -> new TestResult(test.key(), test.name(), Outcome.FAILED, 2, 2, false, "no"));
    }
}
