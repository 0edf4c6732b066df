package layers.kernel.eval;

import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import layers.kernel.exec.CellStopped;
import layers.kernel.exec.ExitCalled;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an exception from a learner's code into a {@link RuntimeError}: the message first, then only the frames a
 * learner can act on (where a library method threw, and the learner's own calls), each placed by cell and line.
 */
final class FailureReport {

    private static final int MAX_LIBRARY_FRAMES = 6;
    private static final int MAX_LEARNER_FRAMES = 12;

    private final SnippetOrigins origins;
    private final long maxHeapMb;

    FailureReport(SnippetOrigins origins) {
        this.origins = origins;
        this.maxHeapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    RuntimeError describe(JShellException thrown) {
        String className = thrown instanceof EvalException ee ? ee.getExceptionClassName() : thrown.getClass().getName();
        String message = thrown.getMessage();
        List<String> lines = new ArrayList<>();
        String simple = className.substring(className.lastIndexOf('.') + 1);

        if (className.equals(CellStopped.class.getName())) {
            lines.add("Stopped: " + message + ".");
            firstLearnerFrame(thrown.getStackTrace()).ifPresent(f -> lines.add("    (it was running " + f + ")"));
            lines.add("Your variables from earlier cells are kept.");
            return new RuntimeError(className, "Stopped: " + message, lines);
        }
        if (className.equals(ExitCalled.class.getName())) {
            lines.add(message);
            return new RuntimeError(className, message, lines);
        }
        if (className.equals(StackOverflowError.class.getName())) {
            String frame = firstLearnerFrame(thrown.getStackTrace()).orElse("in this cell");
            String text = "the recursion went too deep; it was still calling " + frame
                    + ". Check that every recursive call gets closer to a base case that returns.";
            lines.add("StackOverflowError: " + text);
            lines.add("Your variables from earlier cells are kept.");
            return new RuntimeError(className, simple + ": " + text, lines);
        }
        if (className.equals(OutOfMemoryError.class.getName())) {
            String text = "the cell needed more memory than the kernel's heap (" + maxHeapMb + " MB) allows"
                    + (message == null ? "" : " [" + message + "]")
                    + ". Work with smaller data, or set variables that hold large structures to null.";
            lines.add("OutOfMemoryError: " + text);
            lines.add("Your variables from earlier cells are kept.");
            return new RuntimeError(className, simple + ": " + text, lines);
        }

        appendException(lines, className, message, thrown.getStackTrace(), "");
        Throwable cause = thrown.getCause();
        int depth = 0;
        while (cause instanceof JShellException jc && depth++ < 5) {
            String cn = jc instanceof EvalException ce ? ce.getExceptionClassName() : jc.getClass().getName();
            appendException(lines, cn, jc.getMessage(), jc.getStackTrace(), "Caused by: ");
            cause = jc.getCause();
        }
        return new RuntimeError(className, message == null ? className : className + ": " + message, lines);
    }

    private void appendException(List<String> lines, String className, String message,
                                 StackTraceElement[] trace, String prefix) {
        lines.add(prefix + className + (message == null ? "" : ": " + message));
        int lastLearner = -1;
        for (int i = 0; i < trace.length; i++) {
            if (isLearnerFrame(trace[i])) {
                lastLearner = i;
            }
        }
        int library = 0;
        int learner = 0;
        for (int i = 0; i <= lastLearner; i++) {
            StackTraceElement f = trace[i];
            if (isLearnerFrame(f)) {
                if (learner++ < MAX_LEARNER_FRAMES) {
                    lines.add("    at " + learnerFrame(f));
                }
            } else if (!isPlumbing(f) && library++ < MAX_LIBRARY_FRAMES) {
                lines.add("    at " + f);
            }
        }
        if (learner > MAX_LEARNER_FRAMES) {
            lines.add("    ... " + (learner - MAX_LEARNER_FRAMES) + " more calls in your code");
        }
        if (lastLearner < 0) {
            for (int i = 0; i < Math.min(trace.length, MAX_LIBRARY_FRAMES); i++) {
                if (!isPlumbing(trace[i])) {
                    lines.add("    at " + trace[i]);
                }
            }
        }
    }

    private java.util.Optional<String> firstLearnerFrame(StackTraceElement[] trace) {
        for (StackTraceElement f : trace) {
            if (isLearnerFrame(f)) {
                return java.util.Optional.of(learnerFrame(f));
            }
        }
        return java.util.Optional.empty();
    }

    private String learnerFrame(StackTraceElement f) {
        String where = origins.describe(f.getFileName(), f.getLineNumber());
        String method = f.getMethodName();
        boolean wrapper = method.isEmpty() || method.equals("do_it$") || method.startsWith("$");
        String owner = f.getClassName() == null || f.getClassName().isEmpty() ? "" : simpleOwner(f.getClassName());
        if (wrapper) {
            return "(" + where + ")";
        }
        return (owner.isEmpty() ? "" : owner + ".") + method + " (" + where + ")";
    }

    private static String simpleOwner(String className) {
        // Cell classes live in JShell's synthetic wrapper classes, e.g. REPL.$JShell$12$Miner
        String s = className.substring(className.lastIndexOf('.') + 1);
        int dollar = s.lastIndexOf('$');
        if (s.startsWith("$JShell$")) {
            return dollar > "$JShell$".length() && !Character.isDigit(s.charAt(dollar + 1)) ? s.substring(dollar + 1) : "";
        }
        return s;
    }

    private static boolean isLearnerFrame(StackTraceElement f) {
        return f.getFileName() != null && f.getFileName().startsWith("#");
    }

    private static boolean isPlumbing(StackTraceElement f) {
        String c = f.getClassName();
        return c.startsWith("jdk.internal.reflect.") || c.startsWith("java.lang.reflect.")
                || c.startsWith("jdk.jshell.") || c.startsWith("layers.kernel.exec.")
                || c.startsWith("sun.reflect.");
    }
}
