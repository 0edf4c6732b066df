package layers.kernel.eval;

/** A line and column in a cell, both counted from 1, as a learner reads them. */
public record SourcePosition(int line, int column) {

    /** The position of {@code offset} (0-based, in chars) within {@code text}. */
    public static SourcePosition of(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(Math.max(offset, 0), text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, end - lineStart + 1);
    }

    /** The text of line {@code line} (1-based) of {@code text}, without its line break. */
    public static String lineText(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1].replace("\r", "") : "";
    }
}
