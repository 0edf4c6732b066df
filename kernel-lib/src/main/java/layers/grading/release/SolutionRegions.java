package layers.grading.release;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference solution's regions in a source file or notebook cell, and what learners get in their place.
 *
 * <pre>
 *     // BEGIN SOLUTION welcome.sum
 *     long total = 0;
 *     ...
 *     // END SOLUTION
 * </pre>
 * becomes, at the marker's indentation,
 * <pre>
 *     throw new UnsupportedOperationException("exercise welcome.sum: not written yet — see the hints above");
 * </pre>
 * An explicit stub can follow {@code stub:} on the marker line, for a region that must leave something else, such as
 * {@code // BEGIN SOLUTION welcome.sum stub: return 0;}; an empty one ({@code stub:} and nothing after) removes the
 * region. The exercise id on every marker makes the message precise and lets a search find all of a solution.
 */
public final class SolutionRegions {

    private static final Pattern BEGIN = Pattern.compile(
            "^(\\s*)// BEGIN SOLUTION(?:\\s+([a-z][a-z0-9.-]*))?(?:\\s+stub:(.*))?\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*// END SOLUTION\\s*$");
    private static final Pattern MARKER = Pattern.compile("//\\s*(BEGIN|END) SOLUTION");

    private SolutionRegions() {
    }

    /** The default stub for an exercise: the statement every unsolved method throws. */
    public static String defaultStub(String exerciseId) {
        return "throw new UnsupportedOperationException(\"exercise " + exerciseId
                + ": not written yet — see the hints above\");";
    }

    /** The learners' version: every region replaced by its stub. */
    public static String stub(String source, String where) {
        return transform(source, where, true);
    }

    /** The solved version, as the instructor's notebook shows it: the regions kept, their marker lines removed. */
    public static String solve(String source, String where) {
        return transform(source, where, false);
    }

    /** The exercise ids named by the regions of {@code source}. */
    public static Set<String> exerciseIds(String source) {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : source.split("\n", -1)) {
            Matcher begin = BEGIN.matcher(line);
            if (begin.matches() && begin.group(2) != null) {
                ids.add(begin.group(2));
            }
        }
        return ids;
    }

    private static String transform(String source, String where, boolean learnerVersion) {
        String[] lines = source.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        int openedAt = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            Matcher begin = BEGIN.matcher(line);
            if (begin.matches()) {
                if (openedAt >= 0) {
                    throw new ReleaseException(where, number, "BEGIN SOLUTION inside the region opened on line "
                            + openedAt + "; close it with // END SOLUTION first");
                }
                if (begin.group(2) == null) {
                    throw new ReleaseException(where, number, "write the exercise id after BEGIN SOLUTION, e.g."
                            + " // BEGIN SOLUTION welcome.sum");
                }
                openedAt = number;
                if (learnerVersion) {
                    String stub = begin.group(3) == null ? defaultStub(begin.group(2)) : begin.group(3).strip();
                    if (!stub.isEmpty()) {
                        out.add(begin.group(1) + stub);
                    }
                }
            } else if (END.matcher(line).matches()) {
                if (openedAt < 0) {
                    throw new ReleaseException(where, number, "END SOLUTION without a BEGIN SOLUTION before it");
                }
                openedAt = -1;
            } else if (MARKER.matcher(line).find()) {
                throw new ReleaseException(where, number, "a solution marker must be alone on its line, as"
                        + " // BEGIN SOLUTION <exercise id> [stub: <code>] or // END SOLUTION");
            } else if (openedAt < 0 || !learnerVersion) {
                out.add(line);
            }
        }
        if (openedAt >= 0) {
            throw new ReleaseException(where, openedAt, "BEGIN SOLUTION is never closed with // END SOLUTION");
        }
        return String.join("\n", out);
    }
}
