package layers.kernel.exec;

/** The targets that {@link StopCheckWeaver} puts in place of the JVM's exit calls in notebook code. */
public final class ExitGuard {

    private ExitGuard() {
    }

    public static void systemExit(int status) {
        throw new ExitCalled("System.exit", status);
    }

    public static void runtimeExit(Runtime runtime, int status) {
        throw new ExitCalled("Runtime.exit", status);
    }

    public static void runtimeHalt(Runtime runtime, int status) {
        throw new ExitCalled("Runtime.halt", status);
    }
}
