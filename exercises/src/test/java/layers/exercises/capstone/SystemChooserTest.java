package layers.exercises.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l2.compare.DataHome;
import layers.l2.compare.SecuritySource;
import layers.l2.compare.SystemProfile;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "capstone.choose",
        title = "Which systems meet a user's requirements",
        contract = SystemChooser.class,
        statement = """
                Write `meeting(systems, maxFeeUsd, maxFinalSeconds, noExtraTrust)`: the names, in the order given, \
                of the systems whose `feeUsd()` is at most `maxFeeUsd`, whose `finalSeconds()` is at most \
                `maxFinalSeconds` and, when `noExtraTrust` is true, whose `noExtraTrust()` is true. A negative or \
                NaN limit is an `IllegalArgumentException`.""",
        hints = {
            "Check the limits first: `!(maxFeeUsd >= 0)` is true for a negative limit and for NaN.",
            "\"At most\" includes the limit itself: use `<=`.",
            "Only apply the trust filter when `noExtraTrust` is true; keep the input's order."
        })
class SystemChooserTest {

    private final SystemChooser chooser = Implementation.of(SystemChooser.class);

    static SystemProfile profile(String name, double fee, double finalSeconds, boolean trusted) {
        return new SystemProfile(name, 2, null, SecuritySource.L1_VALIDITY_PROOFS, 100, fee, 1, finalSeconds,
                DataHome.L1_BLOBS, "EVM", trusted ? List.of("a committee") : List.of(), List.of(), true, List.of());
    }

    static final List<SystemProfile> SYSTEMS = List.of(profile("A", 0.01, 600, false),
            profile("B", 0.001, 604_800, false), profile("C", 0.002, 900, true), profile("D", 1.0, 60, false));

    @Test
    @Points(2)
    @DisplayName("fee and finality limits, trust ignored")
    void limits() {
        assertEquals(List.of("A", "C"), chooser.meeting(SYSTEMS, 0.01, 1_000, false), "fee <= $0.01, final <= 1000 s");
    }

    @Test
    @Points(1)
    @DisplayName("no extra trust drops the committee's system")
    void trust() {
        assertEquals(List.of("A"), chooser.meeting(SYSTEMS, 0.01, 1_000, true), "fee <= $0.01, final <= 1000 s, no trust");
    }

    @Test
    @Points(1)
    @DisplayName("a negative limit is an IllegalArgumentException")
    void negative() {
        assertThrows(IllegalArgumentException.class, () -> chooser.meeting(SYSTEMS, -1, 1_000, false), "max fee -1");
    }
}
