package layers.grading.release;

/** Describes where two versions of a text first differ, the way a diff would: file, line, both lines. */
final class FirstDifference {

    private FirstDifference() {
    }

    static String describe(String path, String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] have = actual.split("\n", -1);
        int n = Math.min(want.length, have.length);
        int line = 0;
        while (line < n && want[line].equals(have[line])) {
            line++;
        }
        String wanted = line < want.length ? want[line] : "(end of file)";
        String found = line < have.length ? have[line] : "(end of file)";
        if (wanted.equals(found)) {
            wanted = "(the same text, but the bytes differ: line endings or encoding)";
        }
        return path + ":" + (line + 1) + " differs from what release produces\n"
                + "- release: " + wanted + "\n"
                + "+ on disk: " + found;
    }
}
