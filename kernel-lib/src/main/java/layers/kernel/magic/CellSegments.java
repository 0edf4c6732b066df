package layers.kernel.magic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cell into the parts the kernel runs in order: Java code, and line magics ({@code %name args}), each of
 * which must start a line. A cell whose first line is {@code %%name args} is one cell magic with the rest of the
 * cell as its body.
 */
public final class CellSegments {

    /** One part of a cell. {@code firstLine} is where it starts in the cell, counted from 1. */
    public sealed interface Segment permits Code, LineMagicCall, CellMagicCall {
    }

    /** Java code, preceded by blank lines so that its line numbers are the cell's. */
    public record Code(String source) implements Segment {
    }

    public record LineMagicCall(String name, String arguments, int line) implements Segment {
    }

    public record CellMagicCall(String name, String arguments, String body) implements Segment {
    }

    private CellSegments() {
    }

    public static List<Segment> split(String cell) {
        List<Segment> segments = new ArrayList<>();
        String trimmedStart = cell.stripLeading();
        if (trimmedStart.startsWith("%%")) {
            int nl = trimmedStart.indexOf('\n');
            String header = nl < 0 ? trimmedStart.substring(2) : trimmedStart.substring(2, nl);
            String body = nl < 0 ? "" : trimmedStart.substring(nl + 1);
            String[] nameAndArgs = header.strip().split("\\s+", 2);
            segments.add(new CellMagicCall(nameAndArgs[0], nameAndArgs.length > 1 ? nameAndArgs[1] : "", body));
            return segments;
        }
        String[] lines = cell.split("\n", -1);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (stripped.startsWith("%") && stripped.length() > 1 && Character.isLetter(stripped.charAt(1))) {
                if (!code.toString().isBlank()) {
                    segments.add(new Code(code.toString()));
                }
                code.setLength(0);
                code.append("\n".repeat(i + 1)); // the code after this magic keeps its line numbers
                String[] nameAndArgs = stripped.substring(1).split("\\s+", 2);
                segments.add(new LineMagicCall(nameAndArgs[0], nameAndArgs.length > 1 ? nameAndArgs[1] : "", i + 1));
            } else {
                code.append(lines[i]);
                if (i < lines.length - 1) {
                    code.append('\n');
                }
            }
        }
        if (!code.toString().isBlank()) {
            segments.add(new Code(code.toString()));
        }
        return segments;
    }
}
