package layers.grading;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import layers.kernel.exec.CellStopped;
import layers.kernel.exec.ExitCalled;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;
import org.opentest4j.ValueWrapper;

/**
 * Says why a test failed in the learner's terms: what was expected and what their code gave, or what their code did
 * (threw, looped, exited, recursed too deeply). Never a stack trace.
 */
final class LearnerMessages {

    private static final Pattern EXPECTED_BUT_WAS = Pattern.compile("expected: <(.*)> but was: <(.*)>", Pattern.DOTALL);
    private static final Pattern EXPECTED_TYPE = Pattern.compile("expected: <([\\w.$]+)>");
    private static final Pattern JAVA_PACKAGE = Pattern.compile("\\bjava\\.(?:lang|util|math|io)\\.(?=[A-Z])");
    /** Code the learner's code calls: the JDK, assertion errors, the kernel's stop check. */
    private static final String[] LIBRARIES = {"java.", "javax.", "jdk.", "sun.", "com.sun.", "org.opentest4j.",
        "layers.kernel."};
    /** Code that calls the learner's code. */
    private static final String[] CALLERS = {"org.junit.", "layers.grading.", "org.apache.maven."};

    private LearnerMessages() {
    }

    static Outcome outcomeOf(Throwable failure) {
        return causes(failure).stream().anyMatch(TestTimedOut.class::isInstance) ? Outcome.TIMED_OUT : Outcome.FAILED;
    }

    static String describe(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            String special = special(cause);
            if (special != null) {
                return special;
            }
        }
        if (failure instanceof MultipleFailuresError multiple && !multiple.getFailures().isEmpty()) {
            int more = multiple.getFailures().size() - 1;
            return describe(multiple.getFailures().get(0)) + (more > 0 ? " (and " + more + " more)" : "");
        }
        if (failure instanceof AssertionFailedError assertion) {
            return assertion(assertion);
        }
        if (failure instanceof AssertionError) {
            return tidy(String.valueOf(failure.getMessage()));
        }
        return "your code threw " + thrown(failure);
    }

    /** Errors that mean the same thing wherever they are in the chain: the code looped, exited, recursed, etc. */
    private static String special(Throwable cause) {
        if (cause instanceof TestTimedOut || cause instanceof GradingInterrupted || cause instanceof ContractMismatch) {
            return cause.getMessage();
        }
        if (cause instanceof ExitCalled exit) {
            return "your code called " + exitCall(exit) + "(" + exit.status() + ")";
        }
        if (cause instanceof CellStopped) {
            return "your code was stopped: the kernel was interrupted";
        }
        if (cause instanceof StackOverflowError) {
            return "your code recursed too deeply (StackOverflowError" + where(cause, " in ") + ")";
        }
        if (cause instanceof OutOfMemoryError) {
            return "your code ran out of memory (OutOfMemoryError"
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
        }
        return null;
    }

    private static String assertion(AssertionFailedError assertion) {
        String message = assertion.getMessage() == null ? "" : assertion.getMessage();
        int arrow = message.indexOf(" ==> ");
        String prefix = arrow >= 0 ? message.substring(0, arrow).trim() : "";
        String detail = arrow >= 0 ? message.substring(arrow + 5) : message;
        Throwable cause = assertion.getCause();
        if (cause != null && !(cause instanceof AssertionError)) {
            Matcher type = EXPECTED_TYPE.matcher(detail);
            detail = (type.find() ? "expected " + simpleName(type.group(1)) + ", but " : "") + "your code threw "
                    + thrown(cause);
        } else if (assertion.isExpectedDefined() && assertion.isActualDefined()) {
            Matcher values = EXPECTED_BUT_WAS.matcher(detail);
            String context = values.find() ? detail.substring(0, values.start()).trim() : "";
            context = context.endsWith(",") ? context.substring(0, context.length() - 1) : context;
            detail = (context.isEmpty() ? "" : context + ": ") + "expected " + show(assertion.getExpected())
                    + " but got " + show(assertion.getActual());
        } else {
            detail = tidy(detail);
        }
        return prefix.isEmpty() ? detail : prefix + ": " + detail;
    }

    private static String show(ValueWrapper value) {
        Object v = value.getValue();
        if (v instanceof CharSequence text) {
            return "\"" + text.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
        if (v instanceof Character c) {
            return "'" + c + "'";
        }
        return value.getStringRepresentation();
    }

    /** JUnit's wording, made shorter: no {@code java.lang.}, {@code expected X but got Y}, no final full stop. */
    private static String tidy(String message) {
        String tidy = EXPECTED_BUT_WAS.matcher(message).replaceAll(m ->
                Matcher.quoteReplacement("expected " + m.group(1) + " but got " + m.group(2)));
        tidy = JAVA_PACKAGE.matcher(tidy).replaceAll("");
        tidy = tidy.startsWith("Expected ") ? "expected " + tidy.substring("Expected ".length()) : tidy;
        return tidy.endsWith(".") ? tidy.substring(0, tidy.length() - 1) : tidy;
    }

    /** {@code IllegalStateException: no fees (at MyFees.total, line 12)}. */
    private static String thrown(Throwable thrown) {
        if (thrown instanceof ExceptionInInitializerError init && init.getCause() != null) {
            return thrown(init.getCause()) + " while setting up a class";
        }
        String special = special(thrown);
        if (special != null) {
            return special;
        }
        String message = thrown.getMessage();
        Class<?> type = thrown.getClass();
        while (type.getSimpleName().isEmpty()) {
            type = type.getSuperclass();
        }
        return type.getSimpleName() + (message == null ? "" : ": " + message) + where(thrown, " at ");
    }

    /**
     * Where in the learner's code something went wrong: the topmost frame that is neither the JDK nor the course's
     * machinery, looking no further down than the test that called the code.
     */
    private static String where(Throwable thrown, String preposition) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            String className = frame.getClassName();
            if (isCaller(className)) {
                return "";
            }
            if (startsWithAny(className, LIBRARIES)) {
                continue;
            }
            boolean notebook = className.contains("$JShell$") || className.startsWith("REPL.");
            String simple = notebook ? className.substring(className.lastIndexOf('$') + 1)
                    : className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
            String line = !notebook && frame.getLineNumber() > 0 ? ", line " + frame.getLineNumber() : "";
            String at = simple + "." + frame.getMethodName() + line;
            return preposition.equals(" at ") ? " (at " + at + ")" : preposition + at;
        }
        return "";
    }

    /** The test, JUnit or the grader: whatever called the learner's code, below which nothing is theirs. */
    private static boolean isCaller(String className) {
        return startsWithAny(className, CALLERS) || className.endsWith("Test") || className.contains("Test$");
    }

    private static boolean startsWithAny(String className, String[] prefixes) {
        for (String prefix : prefixes) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String exitCall(ExitCalled exit) {
        String message = String.valueOf(exit.getMessage());
        int paren = message.indexOf('(');
        return paren > 0 ? message.substring(0, paren) : "System.exit";
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The failure and its causes, each once. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
