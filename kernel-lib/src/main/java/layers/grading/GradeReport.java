package layers.grading;

import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The immutable result of grading one exercise: one row per test, and the total.
 *
 * <p>It renders itself three ways: {@link #toString()} for a terminal, {@link #toHtml()} for a notebook, and
 * {@link #toTable()} for anyone who wants to compute with it.
 */
public final class GradeReport {

    private final String exerciseId;
    private final String title;
    private final List<TestResult> rows;

    private GradeReport(String exerciseId, String title, List<TestResult> rows) {
        this.exerciseId = Objects.requireNonNull(exerciseId, "exerciseId");
        this.title = Objects.requireNonNull(title, "title");
        this.rows = List.copyOf(rows);
    }

    public static GradeReport of(String exerciseId, String title, List<TestResult> rows) {
        return new GradeReport(exerciseId, title, rows);
    }

    public String exerciseId() {
        return exerciseId;
    }

    public String title() {
        return title;
    }

    /** The rows, in the order the tests are written. */
    public List<TestResult> rows() {
        return rows;
    }

    public int earned() {
        return rows.stream().mapToInt(TestResult::earned).sum();
    }

    public int possible() {
        return rows.stream().mapToInt(TestResult::possible).sum();
    }

    public int passedCount() {
        return (int) rows.stream().filter(TestResult::passed).count();
    }

    public int failedCount() {
        return rows.size() - passedCount();
    }

    public boolean allPassed() {
        return passedCount() == rows.size();
    }

    /** The line that heads every rendering: {@code welcome.sum: 3/5 points}. */
    public String summary() {
        return exerciseId + ": " + earned() + "/" + possible() + " points";
    }

    /** The rows as a Tablesaw table named by {@link #summary()}: test, result, points, possible, message. */
    public Table toTable() {
        return Table.create(summary(),
                StringColumn.create("test", rows.stream().map(TestResult::name)),
                StringColumn.create("result", rows.stream().map(r -> r.outcome().label())),
                IntColumn.create("points", rows.stream().mapToInt(TestResult::earned).toArray()),
                IntColumn.create("possible", rows.stream().mapToInt(TestResult::possible).toArray()),
                StringColumn.create("message", rows.stream().map(TestResult::message)));
    }

    /** A self-contained HTML fragment (inline styles only) that reads well in light and dark notebook themes. */
    public String toHtml() {
        return ReportHtml.render(this);
    }

    /** A plain-text table for terminals and logs. */
    @Override
    public String toString() {
        return ReportText.render(this);
    }
}
