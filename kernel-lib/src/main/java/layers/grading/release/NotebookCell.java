package layers.grading.release;

import java.util.Objects;

/**
 * One cell of a notebook made from Markdown.
 *
 * @param code   true for a Java code cell, false for Markdown
 * @param source the cell's text, without a final newline
 * @param line   the line of the Markdown source where the cell starts, for messages
 */
public record NotebookCell(boolean code, String source, int line) {
    public NotebookCell {
        Objects.requireNonNull(source, "source");
    }
}
