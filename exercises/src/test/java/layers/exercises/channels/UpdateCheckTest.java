package layers.exercises.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import layers.core.Verdict;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.ledger.Amount;
import layers.l2.channels.ChannelRule;
import layers.l2.channels.ChannelState;
import layers.l2.channels.ChannelValidator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "channels.validate-update",
        title = "Validate a channel update",
        contract = UpdateCheck.class,
        statement = """
                Write `check(current, next, capacitySats)`: a proposed state may follow the current one only if its \
                commitment number is exactly one more (else reject for `ChannelRule.COMMITMENT_NUMBER`: a stale \
                number replays an old state, a skipped one is not what both signed) and its balances add up to the \
                capacity (else `ChannelRule.BALANCES_NOT_CAPACITY`). Check the number first. Return \
                `Verdict.valid()` or `Verdict.rejected(rule, detail)` with a detail that names the values.""",
        hints = {
            "Two rules, in order: the number, then the amounts; return at the first one broken.",
            "`Verdict.rejected(ChannelRule.COMMITMENT_NUMBER, \"...\")` builds a rejection.",
            "`next.totalSats()` adds the two balances exactly."
        })
class UpdateCheckTest {

    private final UpdateCheck check = Implementation.of(UpdateCheck.class);

    private static ChannelState state(long n, long a, long b) {
        return new ChannelState(n, Amount.sats(a), Amount.sats(b));
    }

    @Test
    @Points(1)
    @DisplayName("the next state, balances intact, is valid")
    void honest() {
        assertEquals(Verdict.valid(), check.check(state(4, 600, 400), state(5, 550, 450), 1_000),
                "state 4 -> 5, 550 + 450 of 1,000 sat");
    }

    @Test
    @Points(1)
    @DisplayName("a stale commitment number is rejected")
    void stale() {
        assertTrue(check.check(state(4, 600, 400), state(3, 700, 300), 1_000).isRejectedFor(ChannelRule.COMMITMENT_NUMBER),
                "state 4 -> 3");
        assertTrue(check.check(state(4, 600, 400), state(4, 550, 450), 1_000).isRejectedFor(ChannelRule.COMMITMENT_NUMBER),
                "state 4 -> 4");
    }

    @Test
    @Points(1)
    @DisplayName("a skipped commitment number is rejected")
    void skipped() {
        assertTrue(check.check(state(4, 600, 400), state(6, 550, 450), 1_000).isRejectedFor(ChannelRule.COMMITMENT_NUMBER),
                "state 4 -> 6");
    }

    @Test
    @Points(1)
    @DisplayName("balances that create or lose money are rejected")
    void capacity() {
        assertTrue(check.check(state(4, 600, 400), state(5, 600, 401), 1_000).isRejectedFor(ChannelRule.BALANCES_NOT_CAPACITY),
                "600 + 401 of 1,000");
        assertTrue(check.check(state(4, 600, 400), state(5, 500, 400), 1_000).isRejectedFor(ChannelRule.BALANCES_NOT_CAPACITY),
                "500 + 400 of 1,000");
    }

    @Test
    @Points(1)
    @DisplayName("a rejection says which values were wrong")
    void detail() {
        Verdict v = check.check(state(4, 600, 400), state(5, 600, 401), 1_000);
        assertTrue(v.detail().orElse("").contains("1000"), "the detail names the capacity: " + v);
    }
}
