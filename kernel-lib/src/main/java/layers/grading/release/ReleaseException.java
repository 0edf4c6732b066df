package layers.grading.release;

/** A source that {@code release} cannot turn into the learners' version; the message names the file and line. */
public final class ReleaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReleaseException(String where, int line, String problem) {
        super(where + ":" + line + ": " + problem);
    }
}
