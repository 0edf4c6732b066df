package layers.grading;

import layers.kernel.display.Html;

/**
 * Renders a {@link GradeReport} as an HTML fragment for a notebook output.
 *
 * <p>Only inline styles, so the fragment needs no stylesheet and survives being saved in the notebook. Text keeps
 * the theme's own colour; the result is shown by a word, a symbol and a translucent tint of the row, which reads
 * on a white page and on a dark one alike.
 */
final class ReportHtml {

    private static final String PASS_TINT = "rgba(46, 160, 67, 0.18)";
    private static final String FAIL_TINT = "rgba(248, 81, 73, 0.18)";
    private static final String TIMEOUT_TINT = "rgba(210, 153, 34, 0.22)";
    private static final String CELL = "padding: 0.25em 0.7em; text-align: left; vertical-align: top;"
            + " border-bottom: 1px solid rgba(128, 128, 128, 0.35);";

    private ReportHtml() {
    }

    static String render(GradeReport report) {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"layers-grade\" style=\"margin: 0.4em 0; color: inherit;\">\n");
        html.append("<div style=\"font-weight: bold; font-size: 1.1em; margin-bottom: 0.35em;"
                        + " padding: 0.2em 0.6em; border-radius: 4px; display: inline-block; background: ")
                .append(report.allPassed() ? PASS_TINT : FAIL_TINT).append(";\">")
                .append(escape(report.summary()))
                .append(" <span style=\"font-weight: normal; opacity: 0.8;\">&mdash; ")
                .append(escape(report.title())).append("</span></div>\n");
        html.append("<table style=\"border-collapse: collapse; color: inherit; background: transparent;\">\n");
        html.append("<thead><tr>");
        for (String heading : new String[] {"Test", "Result", "Points", "Message"}) {
            html.append("<th style=\"").append(CELL).append(" font-weight: bold;\">").append(heading).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (TestResult row : report.rows()) {
            html.append("<tr style=\"background: ").append(tint(row.outcome())).append(";\">")
                    .append(cell(escape(row.name()) + (row.hidden() ? " <em>(hidden)</em>" : "")))
                    .append(cell("<span style=\"white-space: nowrap;\">" + symbol(row.outcome()) + " "
                            + row.outcome().label() + "</span>"))
                    .append(cell(row.earned() + "/" + row.possible()))
                    .append("<td style=\"").append(CELL).append(" white-space: pre-wrap; font-family: monospace;\">")
                    .append(escape(row.message())).append("</td>")
                    .append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
        return html.toString();
    }

    private static String cell(String content) {
        return "<td style=\"" + CELL + "\">" + content + "</td>";
    }

    private static String tint(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> PASS_TINT;
            case FAILED -> FAIL_TINT;
            case TIMED_OUT -> TIMEOUT_TINT;
        };
    }

    private static String symbol(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> "&#10004;";
            case FAILED -> "&#10008;";
            case TIMED_OUT -> "&#9201;";
        };
    }

    static String escape(String text) {
        return Html.escape(text);
    }
}
