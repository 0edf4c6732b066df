package layers.grading.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a notebook as nbformat 4.5 JSON, byte for byte as Jupyter itself would save it (sorted keys, one-space
 * indentation, non-ASCII characters as they are, a final newline), so that a notebook saved by Jupyter without
 * changes does not show up in a diff, and writing the same cells twice gives the same bytes.
 *
 * <p>Cells have no outputs and no execution count. Their ids are the file's name and the cell's index
 * ({@code 00-welcome-3}), stable from one release to the next.
 */
public final class NotebookJson {

    private NotebookJson() {
    }

    public static String write(List<NotebookCell> cells, String notebookName) {
        List<Object> cellObjects = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            NotebookCell cell = cells.get(i);
            Map<String, Object> object = new TreeMap<>();
            object.put("cell_type", cell.code() ? "code" : "markdown");
            object.put("id", cellId(notebookName, i));
            object.put("metadata", Map.of());
            object.put("source", sourceLines(cell.source()));
            if (cell.code()) {
                object.put("execution_count", null);
                object.put("outputs", List.of());
            }
            cellObjects.add(object);
        }
        Map<String, Object> kernelspec = new TreeMap<>(Map.of(
                "name", "layers", "display_name", "Java (Layers)", "language", "java"));
        Map<String, Object> metadata = new TreeMap<>(Map.of(
                "kernelspec", kernelspec, "language_info", Map.of("name", "java")));
        Map<String, Object> notebook = new LinkedHashMap<>();
        notebook.put("cells", cellObjects);
        notebook.put("metadata", metadata);
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        StringBuilder out = new StringBuilder();
        value(notebook, 0, out);
        return out.append('\n').toString();
    }

    /** The id of cell {@code index}: letters, digits, '-' and '_' only, at most 64 characters, as nbformat asks. */
    static String cellId(String notebookName, int index) {
        String suffix = "-" + index;
        String stem = notebookName.replaceAll("[^A-Za-z0-9_-]", "-");
        return stem.substring(0, Math.min(stem.length(), 64 - suffix.length())) + suffix;
    }

    /** Jupyter's way of storing text: one string per line, each but the last ending in a newline. */
    private static List<String> sourceLines(String source) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                lines.add(source.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < source.length()) {
            lines.add(source.substring(start));
        }
        return lines;
    }

    private static void value(Object value, int depth, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number number) {
            out.append(number);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int n = 0;
            for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
                indent(depth + 1, out);
                string((String) entry.getKey(), out);
                out.append(": ");
                value(entry.getValue(), depth + 1, out);
                out.append(++n < map.size() ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                indent(depth + 1, out);
                value(list.get(i), depth + 1, out);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as notebook JSON");
        }
    }

    private static void indent(int depth, StringBuilder out) {
        out.append(" ".repeat(depth));
    }

    /** A JSON string as Python's json module writes it with ensure_ascii=False. */
    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
