package layers.grading;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Prints the score table at the end of a test class run by Maven or an IDE, so that learners working outside the
 * notebook see their points and plain messages too, not only JUnit's stack traces. Silent under a {@link Grader},
 * which makes its own report.
 */
public final class IdeScoreSummary implements TestWatcher, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(IdeScoreSummary.class);

    @Override
    public void testSuccessful(ExtensionContext context) {
        record(context, null);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        record(context, cause);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        record(context, cause);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        record(context, new AssertionError("skipped: " + reason.orElse("disabled")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        if (GradingSession.ofGrader().isPresent() || !testClass.isAnnotationPresent(GradedExercise.class)) {
            return;
        }
        Exercise exercise = Exercise.of(testClass);
        System.out.println();
        System.out.print(GradeReport.of(exercise.id(), exercise.title(), rows(context, testClass).values().stream()
                .toList()));
    }

    private void record(ExtensionContext context, Throwable failure) {
        if (GradingSession.ofGrader().isPresent()) {
            return;
        }
        Method method = context.getRequiredTestMethod();
        Class<?> testClass = context.getRequiredTestClass();
        Optional<ExtensionContext> parent = context.getParent();
        boolean isCase = parent.flatMap(ExtensionContext::getTestMethod).isPresent();
        String displayName = isCase ? parent.get().getDisplayName() : context.getDisplayName();
        String key = TestKeys.of(testClass, method);
        GradedTest test = new GradedTest(key,
                TestNames.readable(displayName, method.getName(), key.substring(key.indexOf('(') + 1, key.length() - 1)),
                AnnotationSupport.findAnnotation(method, Points.class).map(Points::value).orElse(1),
                AnnotationSupport.isAnnotated(method, Hidden.class));
        Map<String, TestResult> rows = rows(context, TimeLimitedTests.gradedClass(testClass));
        synchronized (rows) {
            TestResult earlier = rows.get(key);
            if (earlier != null && !earlier.passed()) {
                return;
            }
            if (failure == null) {
                rows.put(key, TestResult.passed(test));
            } else {
                String message = (isCase ? context.getDisplayName() + ": " : "") + LearnerMessages.describe(failure);
                rows.put(key, LearnerMessages.outcomeOf(failure) == Outcome.TIMED_OUT
                        ? TestResult.timedOut(test, message) : TestResult.failed(test, message));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, TestResult> rows(ExtensionContext context, Class<?> gradedClass) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(gradedClass, c -> new LinkedHashMap<String, TestResult>(), Map.class);
    }
}
