package layers.grading;

/** Renders a {@link GradeReport} as aligned plain text, for a terminal or a log. */
final class ReportText {

    private ReportText() {
    }

    static String render(GradeReport report) {
        int nameWidth = "test".length();
        for (TestResult row : report.rows()) {
            nameWidth = Math.max(nameWidth, displayName(row).length());
        }
        StringBuilder out = new StringBuilder();
        out.append(report.summary()).append("  (").append(report.title()).append(")\n");
        out.append(String.format("  %-9s  %-6s  %s%n", "result", "points", "test"));
        String indent = " ".repeat(2 + 9 + 2 + 6 + 2 + 2);
        for (TestResult row : report.rows()) {
            String result = row.passed() ? row.outcome().label() : row.outcome().label().toUpperCase(java.util.Locale.ROOT);
            out.append(String.format("  %-9s  %-6s  %s%n", result, row.earned() + "/" + row.possible(), displayName(row)));
            if (!row.message().isEmpty()) {
                for (String line : row.message().split("\n", -1)) {
                    out.append(indent).append(line).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String displayName(TestResult row) {
        return row.hidden() ? row.name() + " (hidden)" : row.name();
    }
}
