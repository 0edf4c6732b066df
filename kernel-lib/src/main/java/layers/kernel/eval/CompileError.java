package layers.kernel.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell that does not compile. Each problem names its line and column in the cell and shows the line with a
 * caret under the fault, as javac does.
 */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One diagnostic, placed in the cell. */
    public record Problem(SourcePosition position, String message, String lineText, int caretLength) {
    }

    private final transient List<Problem> problems;

    public CompileError(List<Problem> problems) {
        super(summary(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "the cell does not compile";
        }
        Problem first = problems.get(0);
        return "line " + first.position().line() + ", column " + first.position().column() + ": "
                + firstLine(first.message());
    }

    /** The report a learner sees: every problem with its line, the source line and a caret. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        for (Problem p : problems) {
            String[] msg = p.message().split("\n");
            lines.add("Compile error in line " + p.position().line() + ", column " + p.position().column()
                    + ": " + msg[0]);
            lines.add("    " + p.lineText());
            lines.add("    " + " ".repeat(Math.max(0, p.position().column() - 1))
                    + "^" + "~".repeat(Math.max(0, p.caretLength() - 1)));
            for (int i = 1; i < msg.length; i++) {
                lines.add("  " + msg[i].strip());
            }
        }
        return lines;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
