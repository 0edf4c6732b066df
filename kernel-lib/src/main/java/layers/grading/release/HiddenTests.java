package layers.grading.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes hidden tests from a test source, for the learners' copy.
 *
 * <p>A member (a test method or a nested class) annotated {@code @Hidden} on a line of its own is removed with its
 * other annotations and its comment; when the top-level class itself is {@code @Hidden}, the whole file is. The
 * import of {@code Hidden} goes too once nothing uses it.
 */
public final class HiddenTests {

    private static final String IMPORT = "import layers.grading.Hidden;";

    private HiddenTests() {
    }

    /** The learners' version of a test source, or empty if the whole file is hidden. */
    public static Optional<String> strip(String source, String where) {
        List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
        int[] lineStart = lineStarts(lines);
        JavaText java = new JavaText(source);
        boolean[] remove = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("@Hidden")) {
                continue;
            }
            if (java.braceDepthAt(lineStart[i]) == 0) {
                return Optional.empty();
            }
            int opening = java.bodyOpening(lineStart[i]);
            int closing = opening < 0 ? -1 : java.matchingBrace(opening);
            if (closing < 0) {
                throw new ReleaseException(where, i + 1, "cannot find the end of the @Hidden member");
            }
            int last = lineOf(lineStart, closing);
            int first = i;
            while (first > 0 && isPartOfDeclaration(lines.get(first - 1))) {
                first--;
            }
            for (int l = first; l <= last; l++) {
                remove[l] = true;
            }
        }
        removeBlankLinesLeftAlone(lines, remove);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!remove[i]) {
                kept.add(lines.get(i));
            }
        }
        String result = String.join("\n", kept);
        if (!result.contains("@Hidden")) {
            result = result.replace(IMPORT + "\n", "");
        }
        return Optional.of(result);
    }

    /**
     * Where a removed member had a blank line on each side, or a blank line before the class's closing brace, one
     * blank line goes too, so the learners' file looks written that way.
     */
    private static void removeBlankLinesLeftAlone(List<String> lines, boolean[] remove) {
        for (int a = 0; a < lines.size(); a++) {
            if (!remove[a] || (a > 0 && remove[a - 1])) {
                continue;
            }
            int b = a;
            while (b + 1 < lines.size() && remove[b + 1]) {
                b++;
            }
            boolean blankBefore = a > 0 && lines.get(a - 1).isBlank();
            boolean blankOrEndAfter = b + 1 < lines.size()
                    && (lines.get(b + 1).isBlank() || lines.get(b + 1).strip().equals("}"));
            if (blankBefore && blankOrEndAfter) {
                remove[a - 1] = true;
            }
        }
    }

    /** An annotation, or a line of the comment above the member: not blank and not the end of something else. */
    private static boolean isPartOfDeclaration(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.endsWith(";") && !s.endsWith("{") && !s.endsWith("}");
    }

    private static int[] lineStarts(List<String> lines) {
        int[] starts = new int[lines.size()];
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = offset;
            offset += lines.get(i).length() + 1;
        }
        return starts;
    }

    private static int lineOf(int[] lineStart, int offset) {
        int line = 0;
        while (line + 1 < lineStart.length && lineStart[line + 1] <= offset) {
            line++;
        }
        return line;
    }
}
