package layers.kernel.eval;

import java.util.List;

/**
 * An exception thrown while a cell ran, described for a learner: the exception's class and message, and a stack
 * trace trimmed to the learner's own code, with each frame placed by cell and line.
 */
public final class RuntimeError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String exceptionClass;
    private final transient List<String> report;

    /**
     * @param exceptionClass the learner's exception class
     * @param message        one line for the notebook's error summary, e.g. "java.lang.ArithmeticException: / by zero"
     * @param report         the lines of the full report
     */
    public RuntimeError(String exceptionClass, String message, List<String> report) {
        super(message, null, false, false);
        this.exceptionClass = exceptionClass;
        this.report = List.copyOf(report);
    }

    /** The fully qualified name of the learner's exception, e.g. {@code java.lang.ArithmeticException}. */
    public String exceptionClass() {
        return exceptionClass;
    }

    /** The simple name, used as the error's name in the notebook. */
    public String simpleName() {
        return exceptionClass.substring(exceptionClass.lastIndexOf('.') + 1);
    }

    public List<String> report() {
        return report;
    }
}
