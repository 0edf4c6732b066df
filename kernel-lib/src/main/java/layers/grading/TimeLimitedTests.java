package layers.grading;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * The JUnit extension that runs every step of a graded test on a {@link TestThread} with a time limit.
 *
 * <p>{@link GradedExercise} registers it; test authors never name it. The test object is made on the limited
 * thread too, because its fields call {@link Implementation#of}, which runs the learner's constructor.
 */
public final class TimeLimitedTests implements InvocationInterceptor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TimeLimitedTests.class);

    @Override
    public <T> T interceptTestClassConstructor(Invocation<T> invocation,
            ReflectiveInvocationContext<Constructor<T>> invocationContext, ExtensionContext context) throws Throwable {
        return TestThread.call(session(context), "new " + invocationContext.getExecutable().getDeclaringClass().getSimpleName(),
                invocation::proceed);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context) throws Throwable {
        TestThread.call(session(context), invocationContext.getExecutable().getName(), invocation::proceed);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context) throws Throwable {
        TestThread.call(session(context), invocationContext.getExecutable().getName(), invocation::proceed);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context) throws Throwable {
        TestThread.call(session(context), invocationContext.getExecutable().getName(), invocation::proceed);
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context) throws Throwable {
        return TestThread.call(session(context), invocationContext.getExecutable().getName(), invocation::proceed);
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext,
            ExtensionContext context) throws Throwable {
        TestThread.call(session(context), context.getDisplayName(), invocation::proceed);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context) throws Throwable {
        TestThread.call(session(context), invocationContext.getExecutable().getName(), invocation::proceed);
    }

    /** The grader's session when a {@link Grader} runs the tests, otherwise one made once per test class. */
    static GradingSession session(ExtensionContext context) {
        return GradingSession.ofGrader().orElseGet(() -> {
            Class<?> gradedClass = gradedClass(context.getRequiredTestClass());
            return context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(gradedClass, GradingSession::forIde, GradingSession.class);
        });
    }

    /** The class that carries {@link GradedExercise}: the test class, or the one a nested test class sits in. */
    static Class<?> gradedClass(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            if (c.isAnnotationPresent(GradedExercise.class)) {
                return c;
            }
        }
        throw new IllegalStateException(testClass.getName() + " is not inside a class annotated @GradedExercise");
    }
}
