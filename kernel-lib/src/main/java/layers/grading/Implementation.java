package layers.grading;

/**
 * How a test gets the object it grades.
 *
 * <pre>{@code private final SatoshiSum sum = Implementation.of(SatoshiSum.class);}</pre>
 *
 * <p>Call it in a field initializer or a test method (not a static field, nor a thread the test starts): each call
 * makes a fresh object, so tests never share state and nothing survives from one grading to the next. Where the
 * object comes from depends on who runs the tests:
 * <ul>
 *   <li>a notebook's {@code %grade}, through {@link Grader#grade(Exercise, java.util.function.Supplier,
 *       java.time.Duration)}: the supplier the kernel passed, which makes the class defined in the notebook;</li>
 *   <li>Maven, an IDE, {@code ./course grade} or the gradebook: the exercise's conventional class
 *       ({@link Exercise#implementationClassName()}), found on the classpath by name.</li>
 * </ul>
 */
public final class Implementation {

    private Implementation() {
    }

    /**
     * A fresh object to test, which implements {@code contract}.
     *
     * @throws AssertionError (failing the test) with a message naming what is missing when the object does not
     *         implement the contract, or its class cannot be found or made
     * @throws IllegalStateException when called outside a test of a class annotated {@link GradedExercise}
     */
    public static <T> T of(Class<T> contract) {
        GradingSession session = GradingSession.current().orElseThrow(() -> new IllegalStateException(
                "Implementation.of(" + contract.getSimpleName() + ".class) works only in a test of a class annotated"
                        + " @GradedExercise, called from a field initializer or a test method"));
        Object candidate = session.newImplementation();
        if (candidate == null) {
            throw new ContractMismatch("the object to grade is null; the grader was given nothing to test");
        }
        if (!contract.isInstance(candidate)) {
            throw new ContractMismatch(ContractCheck.notImplemented(contract, candidate.getClass()));
        }
        return contract.cast(candidate);
    }
}
