package layers.kernel.display;

import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Shows a Tablesaw {@link Table} as an HTML table (and as plain text). Long tables show their first rows and say
 * how many more there are, so a 10,000-row simulation result does not flood the notebook.
 */
public final class TableRenderer {

    /** Rows shown before "N more rows". */
    public static final int ROW_LIMIT = 20;

    private TableRenderer() {
    }

    public static void register(Renderer renderer) {
        renderer.createRegistration(Table.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register(TableRenderer::render);
    }

    private static void render(Table table, RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_HTML, () -> html(table, ROW_LIMIT));
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> table.print(ROW_LIMIT));
    }

    /** An HTML table of at most {@code limit} rows, with the table's name as caption. */
    public static String html(Table table, int limit) {
        StringBuilder html = new StringBuilder("<table class=\"layers-table\">");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption style=\"text-align:left;font-weight:bold\">")
                    .append(Html.escape(table.name())).append("</caption>");
        }
        html.append("<thead><tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th>").append(Html.escape(column.name())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        int shown = Math.min(limit, table.rowCount());
        for (int row = 0; row < shown; row++) {
            html.append("<tr>");
            for (Column<?> column : table.columns()) {
                boolean numeric = column.type().name().matches("(?i).*(INTEGER|LONG|DOUBLE|FLOAT|SHORT).*");
                html.append(numeric ? "<td style=\"text-align:right\">" : "<td>")
                        .append(Html.escape(column.getString(row))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        int more = table.rowCount() - shown;
        if (more > 0) {
            html.append("<p><em>").append(more).append(more == 1 ? " more row" : " more rows")
                    .append(" (").append(table.rowCount()).append(" in all)</em></p>");
        }
        return html.toString();
    }
}
