package layers.kernel.display;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableRendererTest {

    @Test
    void aLongTableShowsItsFirstRowsAndSaysHowManyMore() {
        Table blocks = Table.create("blocks", IntColumn.create("height", IntStream.range(0, 25).toArray()));
        String html = TableRenderer.html(blocks, 20);
        assertEquals(20, html.split("<tr>").length - 2, "20 body rows and one header row");
        assertTrue(html.contains("5 more rows (25 in all)"), html);
    }

    @Test
    void aShortTableShowsEveryRowAndNoNote() {
        Table t = Table.create("t", IntColumn.create("a", 1, 2));
        assertFalse(TableRenderer.html(t, 20).contains("more row"));
    }

    @Test
    void textFromDataIsEscaped() {
        Table t = Table.create("<script>", StringColumn.create("memo", "<b>&</b>"));
        String html = TableRenderer.html(t, 20);
        assertTrue(html.contains("&lt;b&gt;&amp;&lt;/b&gt;"), html);
        assertFalse(html.contains("<script>"), html);
    }
}
