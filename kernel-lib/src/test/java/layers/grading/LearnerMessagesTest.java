package layers.grading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import layers.kernel.exec.CellStopped;
import layers.kernel.exec.ExitCalled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LearnerMessagesTest {

    private static String messageOf(Executable failingAssertion) {
        return LearnerMessages.describe(assertThrows(Throwable.class, failingAssertion));
    }

    @Test
    void aWrongValueIsExpectedVersusGot() {
        assertEquals("sum of [1, 2]: expected 3 but got 4",
                messageOf(() -> org.junit.jupiter.api.Assertions.assertEquals(3, 4, "sum of [1, 2]")));
        assertEquals("expected \"00ab\" but got \"0ab\"",
                messageOf(() -> org.junit.jupiter.api.Assertions.assertEquals("00ab", "0ab")));
    }

    @Test
    void anArrayDifferenceSaysWhere() {
        assertEquals("array contents differ at index [1]: expected 2 but got 3",
                messageOf(() -> assertArrayEquals(new int[] {1, 2}, new int[] {1, 3})));
    }

    @Test
    void aMissingExceptionSaysNothingWasThrown() {
        assertEquals("rejects -1: expected IllegalArgumentException to be thrown, but nothing was thrown",
                messageOf(() -> assertThrows(IllegalArgumentException.class, () -> { }, "rejects -1")));
    }

    @Test
    void specialErrorsSayWhatTheCodeDid() {
        assertEquals("your code called System.exit(3)",
                LearnerMessages.describe(new ExitCalled("System.exit", 3)));
        assertEquals("your code called Runtime.halt(1)",
                LearnerMessages.describe(new AssertionError("wrapped", new ExitCalled("Runtime.halt", 1))));
        assertEquals("your code was stopped: the kernel was interrupted", LearnerMessages.describe(new CellStopped()));
        assertEquals("your code did not finish within 1500 ms",
                LearnerMessages.describe(new TestTimedOut(Duration.ofMillis(1500), true)));
        assertEquals(Outcome.TIMED_OUT, LearnerMessages.outcomeOf(new TestTimedOut(Duration.ofSeconds(2), true)));
        assertTrue(LearnerMessages.describe(new OutOfMemoryError("Java heap space"))
                .equals("your code ran out of memory (OutOfMemoryError: Java heap space)"));
    }

    @Test
    void anExceptionFromTheCodeNamesItsTypeAndMessage() {
        assertEquals("your code threw NullPointerException: amounts is null",
                LearnerMessages.describe(new NullPointerException("amounts is null")));
        assertEquals("your code threw IllegalStateException", LearnerMessages.describe(new IllegalStateException() {
            private static final long serialVersionUID = 1L;
        }));
    }
}
