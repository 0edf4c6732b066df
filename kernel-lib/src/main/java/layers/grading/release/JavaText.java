package layers.grading.release;

/**
 * Java source seen as code versus comments and literals: enough to find a member's braces without a parser.
 *
 * <p>It knows line and block comments, string and character literals with their escapes, and text blocks, so that a
 * brace in {@code "}"} or in a comment is not taken for the end of a method.
 */
final class JavaText {

    private final String text;
    private final boolean[] code;

    JavaText(String text) {
        this.text = text;
        this.code = new boolean[text.length()];
        scan();
    }

    private void scan() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                i = text.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                i = skipLiteral(i + 3, "\"\"\"");
            } else if (c == '"') {
                i = skipLiteral(i + 1, "\"");
            } else if (c == '\'') {
                i = skipLiteral(i + 1, "'");
            } else {
                code[i] = true;
                i++;
            }
        }
    }

    /** The index just after the literal that started before {@code from} and ends with {@code close}. */
    private int skipLiteral(int from, String close) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '\\') {
                i += 2;
            } else if (text.startsWith(close, i)) {
                return i + close.length();
            } else {
                i++;
            }
        }
        return text.length();
    }

    boolean isCode(int offset) {
        return code[offset];
    }

    /** How many braces are open at {@code offset}: 0 outside every type, 1 inside a top-level class. */
    int braceDepthAt(int offset) {
        int depth = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (code[i]) {
                depth += text.charAt(i) == '{' ? 1 : text.charAt(i) == '}' ? -1 : 0;
            }
        }
        return depth;
    }

    /**
     * The offset of the {@code {} that opens the body of the declaration starting at {@code from}: the first one
     * outside parentheses (an annotation's {@code {1, 2}} is inside them), or -1.
     */
    int bodyOpening(int from) {
        int parens = 0;
        for (int i = from; i < text.length(); i++) {
            if (!code[i]) {
                continue;
            }
            char c = text.charAt(i);
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens--;
            } else if (c == '{' && parens == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The offset of the brace that closes the one at {@code opening}, or -1. */
    int matchingBrace(int opening) {
        int depth = 0;
        for (int i = opening; i < text.length(); i++) {
            if (!code[i]) {
                continue;
            }
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
