package layers.grading.release;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a notebook written as Markdown, the format notebooks are kept in because it diffs well.
 *
 * <ul>
 *   <li>Prose becomes Markdown cells.</li>
 *   <li>A fenced block opened by a line {@code ```java} becomes a code cell (Java is the only code language);
 *       other fenced blocks stay in the Markdown.</li>
 *   <li>A line holding only {@code +++} ends a Markdown cell and starts the next.</li>
 *   <li>A front matter block at the very top, between two {@code ---} lines, is for the author and is left out.</li>
 * </ul>
 */
public final class MarkdownNotebook {

    private MarkdownNotebook() {
    }

    public static List<NotebookCell> parse(String markdown, String where) {
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        List<NotebookCell> cells = new ArrayList<>();
        int i = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            i = 1;
            while (i < lines.length && !lines[i].strip().equals("---")) {
                i++;
            }
            if (i == lines.length) {
                throw new ReleaseException(where, 1, "the front matter that starts here is never closed with ---");
            }
            i++;
        }
        List<String> text = new ArrayList<>();
        int textStart = i + 1;
        String otherFence = null;
        for (; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (otherFence != null) {
                text.add(line);
                if (trimmed.equals(otherFence)) {
                    otherFence = null;
                }
            } else if (trimmed.equals("```java") && line.startsWith("```")) {
                addCell(cells, false, text, textStart);
                int start = i + 1;
                List<String> code = new ArrayList<>();
                for (i++; i < lines.length && !lines[i].strip().equals("```"); i++) {
                    code.add(lines[i]);
                }
                if (i == lines.length) {
                    throw new ReleaseException(where, start, "the ```java block that starts here is never closed");
                }
                addCell(cells, true, code, start + 1);
                text = new ArrayList<>();
                textStart = i + 2;
            } else if (trimmed.equals("+++")) {
                addCell(cells, false, text, textStart);
                text = new ArrayList<>();
                textStart = i + 2;
            } else {
                if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                    otherFence = trimmed.substring(0, 3);
                }
                text.add(line);
            }
        }
        addCell(cells, false, text, textStart);
        return cells;
    }

    /** Adds a cell of the lines without their leading and trailing blank lines, unless nothing is left. */
    private static void addCell(List<NotebookCell> cells, boolean code, List<String> lines, int firstLine) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        if (from < to) {
            cells.add(new NotebookCell(code, String.join("\n", lines.subList(from, to)), firstLine + from));
        }
    }
}
