package layers.kernel.exec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StopCheckWeaverTest {

    /** Code as a learner might write it; woven below exactly as a cell's class would be. */
    public static final class Fixture {
        public static long spin() {
            long n = 0;
            while (true) {
                n++;
            }
        }

        public static long sum(int upTo) {
            long s = 0;
            for (int i = 1; i <= upTo; i++) {
                s += i;
            }
            return s;
        }

        public static void quit() {
            System.exit(4);
        }

        public static void halt() {
            Runtime.getRuntime().halt(5);
        }
    }

    @AfterEach
    void forgetStops() {
        StopCheck.clearAll();
    }

    private static Class<?> woven() throws IOException, ClassNotFoundException {
        String name = Fixture.class.getName();
        byte[] original;
        try (InputStream in = Fixture.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            original = in.readAllBytes();
        }
        byte[] bytes = StopCheckWeaver.weave(original);
        ClassLoader loader = new ClassLoader(StopCheckWeaverTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
                if (n.equals(name)) {
                    synchronized (this) {
                        Class<?> c = findLoadedClass(n);
                        return c != null ? c : defineClass(n, bytes, 0, bytes.length);
                    }
                }
                return super.loadClass(n, resolve);
            }
        };
        return loader.loadClass(name);
    }

    private static Throwable causeOf(Method m, Object... args) {
        InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> m.invoke(null, args));
        return e.getCause();
    }

    @Test
    void wovenCodeStillComputesTheSameResult() throws Exception {
        assertEquals(5050L, woven().getMethod("sum", int.class).invoke(null, 100));
    }

    @Test
    void aWovenLoopStopsWhenItsThreadIsAskedTo() throws Exception {
        Method spin = woven().getMethod("spin");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> thrown.set(causeOf(spin)));
        t.start();
        Thread.sleep(200);
        StopCheck.requestStop(t);
        t.join(2000);
        assertFalse(t.isAlive(), "the loop did not stop");
        assertInstanceOf(CellStopped.class, thrown.get());
    }

    @Test
    void aStopForAnotherThreadDoesNotStopThisOne() throws Exception {
        StopCheck.requestStop(new Thread(() -> { }));
        assertEquals(55L, woven().getMethod("sum", int.class).invoke(null, 10));
    }

    @Test
    void systemExitBecomesAnErrorCarryingTheStatus() throws Exception {
        Throwable t = causeOf(woven().getMethod("quit"));
        assertInstanceOf(ExitCalled.class, t);
        assertEquals(4, ((ExitCalled) t).status());
    }

    @Test
    void runtimeHaltBecomesAnErrorToo() throws Exception {
        assertInstanceOf(ExitCalled.class, causeOf(woven().getMethod("halt")));
    }
}
