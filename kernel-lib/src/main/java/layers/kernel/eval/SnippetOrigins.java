package layers.kernel.eval;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for each JShell snippet, the cell it came from and the line it started on, so that a stack frame of
 * snippet {@code #12}, line 2 can be shown as "cell [5], line 7".
 */
final class SnippetOrigins {

    record Origin(int cell, int firstLine) {
    }

    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    void record(String snippetId, int cell, int firstLine) {
        origins.put(snippetId, new Origin(cell, firstLine));
    }

    /** "cell [5], line 7" for a frame of file {@code #id} at {@code line}, or null if the file is not a snippet. */
    String describe(String fileName, int line) {
        if (fileName == null || !fileName.startsWith("#")) {
            return null;
        }
        Origin o = origins.get(fileName.substring(1));
        if (o == null) {
            return "a cell";
        }
        String where = o.cell() > 0 ? "cell [" + o.cell() + "]" : "a cell";
        return line > 0 ? where + ", line " + (o.firstLine() + line - 1) : where;
    }
}
