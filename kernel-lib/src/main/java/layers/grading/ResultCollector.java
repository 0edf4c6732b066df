package layers.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Listens to a JUnit run and turns it into one {@link TestResult} per graded test method.
 *
 * <p>A parameterized test or a test factory is one row: it fails with the message of its first failing case,
 * prefixed by that case's name. A test that never ran (its class could not be set up) fails as "not run".
 */
final class ResultCollector implements TestExecutionListener {

    private final Map<String, GradedTest> expected = new LinkedHashMap<>();
    private final GradeListener listener;
    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, GradedTest> methodNodes = new HashMap<>();
    private final Map<String, String> firstCaseFailure = new HashMap<>();
    private final Map<String, Outcome> firstCaseOutcome = new HashMap<>();
    private final Map<String, TestResult> results = new HashMap<>();
    private String containerProblem;

    ResultCollector(List<GradedTest> tests, GradeListener listener) {
        tests.forEach(test -> expected.put(test.key(), test));
        this.listener = listener;
    }

    @Override
    public void dynamicTestRegistered(TestIdentifier node) {
        remember(node);
    }

    @Override
    public void executionStarted(TestIdentifier node) {
        remember(node);
        if (owningMethod(node.getUniqueId()) == null && node.getSource().orElse(null) instanceof MethodSource source) {
            GradedTest test = expected.get(TestKeys.of(source));
            if (test != null) {
                methodNodes.put(node.getUniqueId(), test);
                listener.testStarted(test);
            }
        }
    }

    @Override
    public void executionSkipped(TestIdentifier node, String reason) {
        GradedTest test = node.getSource().orElse(null) instanceof MethodSource source
                ? expected.get(TestKeys.of(source)) : null;
        if (test != null && owningMethod(node.getUniqueId()) == null) {
            finish(TestResult.failed(test, "skipped: " + reason));
        } else if (containerProblem == null) {
            containerProblem = "skipped: " + reason;
        }
    }

    @Override
    public void executionFinished(TestIdentifier node, TestExecutionResult result) {
        String id = node.getUniqueId();
        GradedTest test = methodNodes.get(id);
        Throwable failure = result.getThrowable().orElse(null);
        boolean failed = result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
        if (test != null) {
            if (failed) {
                String message = failure == null ? "failed" : LearnerMessages.describe(failure);
                finish(failure != null && LearnerMessages.outcomeOf(failure) == Outcome.TIMED_OUT
                        ? TestResult.timedOut(test, message) : TestResult.failed(test, message));
            } else if (firstCaseFailure.containsKey(id)) {
                finish(firstCaseOutcome.get(id) == Outcome.TIMED_OUT
                        ? TestResult.timedOut(test, firstCaseFailure.get(id))
                        : TestResult.failed(test, firstCaseFailure.get(id)));
            } else {
                finish(TestResult.passed(test));
            }
            return;
        }
        String owner = owningMethod(parentOf.get(id));
        if (owner != null && failed && !firstCaseFailure.containsKey(owner)) {
            String message = failure == null ? "failed" : LearnerMessages.describe(failure);
            firstCaseFailure.put(owner, node.getDisplayName() + ": " + message);
            firstCaseOutcome.put(owner, failure == null ? Outcome.FAILED : LearnerMessages.outcomeOf(failure));
        } else if (owner == null && failed && containerProblem == null && failure != null) {
            containerProblem = LearnerMessages.describe(failure);
        }
    }

    /** One row per expected test, in order; tests that never ended are "not run". */
    List<TestResult> rows() {
        List<TestResult> rows = new ArrayList<>();
        for (GradedTest test : expected.values()) {
            TestResult result = results.get(test.key());
            rows.add(result != null ? result
                    : TestResult.failed(test, "not run" + (containerProblem == null ? "" : ": " + containerProblem)));
        }
        return rows;
    }

    private void finish(TestResult result) {
        results.put(result.key(), result);
        listener.testFinished(result);
    }

    private void remember(TestIdentifier node) {
        node.getParentId().ifPresent(parent -> parentOf.put(node.getUniqueId(), parent));
    }

    /** The unique id of the graded test method this node is (or is a case of), or null. */
    private String owningMethod(String uniqueId) {
        for (String id = uniqueId; id != null; id = parentOf.get(id)) {
            if (methodNodes.containsKey(id)) {
                return id;
            }
        }
        return null;
    }
}
