package layers.grading.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the gradebook as CSV (RFC 4180): one row per student and exercise, for a spreadsheet or a script.
 * Columns: student, exercise, points, possible, passed, failed, note.
 */
public final class GradebookCsv {

    private GradebookCsv() {
    }

    public static void write(List<Gradebook.StudentResult> students, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("student,exercise,points,possible,passed,failed,note\r\n");
        for (Gradebook.StudentResult student : students) {
            for (Gradebook.Entry e : student.entries()) {
                csv.append(field(e.student())).append(',').append(field(e.exercise())).append(',')
                        .append(e.points()).append(',').append(e.possible()).append(',')
                        .append(e.passed()).append(',').append(e.failed()).append(',')
                        .append(field(e.note())).append("\r\n");
            }
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    static String field(String value) {
        String oneLine = value.replace("\r", " ").replace("\n", " ");
        if (oneLine.contains(",") || oneLine.contains("\"") || !oneLine.equals(oneLine.strip())) {
            return "\"" + oneLine.replace("\"", "\"\"") + "\"";
        }
        return oneLine;
    }
}
