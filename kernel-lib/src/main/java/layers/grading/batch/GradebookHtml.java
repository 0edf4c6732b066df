package layers.grading.batch;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.html.HtmlWriteOptions;
import tech.tablesaw.io.html.HtmlWriter;

/**
 * Writes the gradebook as one self-contained HTML page: a table of every student's points per exercise, a
 * histogram of total scores (a PNG inside the page), and the notes that explain lost points.
 */
public final class GradebookHtml {

    private GradebookHtml() {
    }

    public static void write(List<Gradebook.StudentResult> students, Path file) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Gradebook</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em;} table{border-collapse:collapse;}"
                        + " th,td{border:1px solid #999;padding:0.2em 0.6em;text-align:left;}</style>\n")
                .append("</head>\n<body>\n<h1>Gradebook</h1>\n");
        int possible = students.isEmpty() ? 0 : students.get(0).possible();
        html.append("<p>").append(students.size()).append(" students, ").append(exercises(students).size())
                .append(" exercises, ").append(possible).append(" points possible.</p>\n");
        html.append("<h2>Scores</h2>\n").append(tableHtml(summary(students)));
        html.append("<h2>Total scores</h2>\n").append(histogram(students, possible));
        Table notes = notes(students);
        if (notes.rowCount() > 0) {
            html.append("<h2>Notes</h2>\n").append(tableHtml(notes));
        }
        html.append("</body>\n</html>\n");
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /** One row per student: points per exercise, then the total. */
    public static Table summary(List<Gradebook.StudentResult> students) {
        Table table = Table.create("scores", StringColumn.create("student",
                students.stream().map(Gradebook.StudentResult::student)));
        for (String exercise : exercises(students)) {
            table.addColumns(IntColumn.create(exercise, students.stream().mapToInt(s -> s.entries().stream()
                    .filter(e -> e.exercise().equals(exercise)).mapToInt(Gradebook.Entry::points).sum()).toArray()));
        }
        table.addColumns(IntColumn.create("total", students.stream().mapToInt(Gradebook.StudentResult::points).toArray()),
                IntColumn.create("possible", students.stream().mapToInt(Gradebook.StudentResult::possible).toArray()));
        return table;
    }

    private static Table notes(List<Gradebook.StudentResult> students) {
        List<Gradebook.Entry> noted = students.stream().flatMap(s -> s.entries().stream())
                .filter(e -> !e.note().isEmpty()).toList();
        return Table.create("notes",
                StringColumn.create("student", noted.stream().map(Gradebook.Entry::student)),
                StringColumn.create("exercise", noted.stream().map(Gradebook.Entry::exercise)),
                IntColumn.create("points", noted.stream().mapToInt(Gradebook.Entry::points).toArray()),
                StringColumn.create("note", noted.stream().map(Gradebook.Entry::note)));
    }

    private static Set<String> exercises(List<Gradebook.StudentResult> students) {
        Set<String> ids = new LinkedHashSet<>();
        students.forEach(s -> s.entries().forEach(e -> ids.add(e.exercise())));
        return ids;
    }

    private static String tableHtml(Table table) {
        StringWriter out = new StringWriter();
        new HtmlWriter().write(table, HtmlWriteOptions.builder(out).build());
        return out + "\n";
    }

    /** A bar per score (or per range of scores, when there are many), as an embedded PNG. */
    private static String histogram(List<Gradebook.StudentResult> students, int possible) {
        int width = Math.max(1, (int) Math.ceil((possible + 1) / 20.0));
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int low = 0; low <= possible; low += width) {
            int high = Math.min(possible, low + width - 1);
            int lo = low;
            labels.add(width == 1 ? Integer.toString(low) : low + "-" + high);
            counts.add((int) students.stream().filter(s -> s.points() >= lo && s.points() <= high).count());
        }
        try {
            CategoryChart chart = new CategoryChartBuilder().width(720).height(360)
                    .title("Total scores").xAxisTitle("points (of " + possible + ")").yAxisTitle("students").build();
            chart.getStyler().setLegendVisible(false);
            chart.addSeries("students", labels, counts);
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", png);
            return "<img alt=\"histogram of total scores\" src=\"data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(png.toByteArray()) + "\">\n";
        } catch (IOException | RuntimeException | LinkageError e) {
            return "<p>(The histogram could not be drawn here: " + e + ")</p>\n";
        }
    }
}
