package layers.kernel.eval;

import java.util.regex.Pattern;

/**
 * Recognises, from its first tokens, a snippet that is a plain statement: a call, an assignment, or a
 * {@code for}/{@code while}/{@code if}/{@code try}... statement, never a declaration. Consecutive plain statements of
 * a cell can be compiled as one block, since none of them declares anything a later snippet could see. The test is
 * cautious: what it does not recognise is compiled on its own, as JShell would.
 */
final class PlainStatement {

    private static final String NAME = "[\\p{L}_$][\\p{L}\\p{N}_$]*";
    private static final String COMMENTS = "(?:\\s|//[^\\n]*(?:\\n|$)|/\\*(?s:.*?)\\*/)*";
    /** Starts with a statement keyword: a statement, whatever follows. */
    private static final Pattern KEYWORD = Pattern.compile(
            COMMENTS + "(?:for|while|do|if|try|synchronized|throw)(?![\\p{L}\\p{N}_$])");
    /** {@code a.b.c(}, {@code x =}, {@code x +=}, {@code i++}: a call or an assignment to a name. */
    private static final Pattern CALL_OR_ASSIGNMENT = Pattern.compile(
            COMMENTS + "(?!switch(?![\\p{L}\\p{N}_$]))" + NAME + "(?:\\s*\\.\\s*" + NAME + ")*"
                    + "\\s*(?:\\(|\\+\\+|--|(?:[-+*/%&|^]|<<|>>>?)?=(?!=))");

    /** {@code System.out.println(}, {@code System.err.printf(}...: the value, if any, is the stream itself. */
    private static final Pattern PRINT = Pattern.compile(
            COMMENTS + "System\\s*\\.\\s*(?:out|err)\\s*\\.\\s*print(?:ln|f)?\\s*\\(");

    private PlainStatement() {
    }

    /** A statement whose value, if it has one, nobody needs: it may be joined to the next one. */
    static boolean isPlainStatement(String snippet) {
        return KEYWORD.matcher(snippet).lookingAt() || CALL_OR_ASSIGNMENT.matcher(snippet).lookingAt();
    }

    /** A statement that shows nothing even as a cell's last snippet: {@code for}, {@code if}..., a print. */
    static boolean hasNoValue(String snippet) {
        return KEYWORD.matcher(snippet).lookingAt() || PRINT.matcher(snippet).lookingAt();
    }
}
