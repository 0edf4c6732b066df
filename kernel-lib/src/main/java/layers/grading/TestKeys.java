package layers.grading;

import java.lang.reflect.Method;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** Names a test method the same way everywhere: {@code class#method(parameter types)}, as JUnit's selectors do. */
final class TestKeys {

    private TestKeys() {
    }

    static String of(MethodSource source) {
        return source.getClassName() + "#" + source.getMethodName() + "(" + source.getMethodParameterTypes() + ")";
    }

    static String of(Class<?> testClass, Method method) {
        return of(MethodSource.from(testClass, method));
    }
}
