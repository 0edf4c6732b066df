package layers.grading;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import layers.kernel.exec.StopCheck;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Starts the JUnit Platform the same way for discovery and for grading, isolated from its surroundings.
 *
 * <p>No listeners, filters or configuration files are picked up from the classpath, and the Jupiter engine is
 * loaded from the grader's own class loader: inside a notebook kernel or an IDE's test run, whatever else is on the
 * classpath cannot change how an exercise is graded.
 */
final class Launching {

    private static final String JUPITER_ENGINE = "org.junit.jupiter.engine.JupiterTestEngine";

    private Launching() {
    }

    static Launcher launcher() {
        return LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .addTestEngines(jupiter())
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build());
    }

    /** Selects the test class; {@code includeTest} decides, by {@link GradedTest#key()}, which tests run. */
    static LauncherDiscoveryRequest request(Class<?> testClass, Predicate<String> includeTest) {
        PostDiscoveryFilter byKey = descriptor -> descriptor.getSource()
                .filter(MethodSource.class::isInstance)
                .map(source -> FilterResult.includedIf(includeTest.test(TestKeys.of((MethodSource) source))))
                .orElseGet(() -> FilterResult.included("not a test method"));
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(testClass))
                .filters(byKey)
                .enableImplicitConfigurationParameters(false)
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .configurationParameter("junit.jupiter.execution.timeout.mode", "disabled")
                .build();
    }

    /** The graded tests of a test class, in the order JUnit will run them. */
    static List<GradedTest> discoverTests(Class<?> testClass) {
        TestPlan plan = launcher().discover(request(testClass, key -> true));
        List<GradedTest> found = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            collect(plan, root, found);
        }
        return found;
    }

    private static void collect(TestPlan plan, TestIdentifier node, List<GradedTest> found) {
        if (node.getSource().orElse(null) instanceof MethodSource source) {
            found.add(gradedTest(node, source));
            return;
        }
        for (TestIdentifier child : plan.getChildren(node)) {
            collect(plan, child, found);
        }
    }

    private static GradedTest gradedTest(TestIdentifier node, MethodSource source) {
        Method method = source.getJavaMethod();
        int points = AnnotationSupport.findAnnotation(method, Points.class).map(Points::value).orElse(1);
        boolean hidden = AnnotationSupport.isAnnotated(method, Hidden.class);
        for (Class<?> c = source.getJavaClass(); c != null && !hidden; c = c.getEnclosingClass()) {
            hidden = AnnotationSupport.isAnnotated(c, Hidden.class);
        }
        String name = TestNames.readable(node.getDisplayName(), source.getMethodName(),
                source.getMethodParameterTypes());
        return new GradedTest(TestKeys.of(source), name, points, hidden);
    }

    private static TestEngine jupiter() {
        try {
            return (TestEngine) Class.forName(JUPITER_ENGINE, true, StopCheck.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the grader needs the JUnit Jupiter engine (junit-jupiter-engine) on "
                    + "the classpath next to the course library", e);
        }
    }
}
