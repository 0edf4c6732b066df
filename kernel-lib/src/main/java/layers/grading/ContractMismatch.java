package layers.grading;

/**
 * Fails a test because the object to grade cannot stand for the exercise's contract: it does not implement the
 * interface, its class cannot be found, or it cannot be made. The message says what to change.
 */
final class ContractMismatch extends AssertionError {
    private static final long serialVersionUID = 1L;

    ContractMismatch(String message) {
        super(message);
    }
}
