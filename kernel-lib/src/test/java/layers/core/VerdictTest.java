package layers.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerdictTest {

    enum Sample implements Rule {
        TOO_BIG("the value is larger than allowed");

        private final String description;

        Sample(String description) {
            this.description = description;
        }

        @Override
        public String description() {
            return description;
        }
    }

    @Test
    void aRejectionNamesItsRuleAndWhere() {
        Verdict v = Verdict.rejected(Sample.TOO_BIG, "item 3 is 12");
        assertFalse(v.isValid());
        assertTrue(v.isRejectedFor(Sample.TOO_BIG));
        assertEquals("rejected, TOO_BIG (the value is larger than allowed): item 3 is 12", v.toString());
    }

    @Test
    void checksChainUntilTheFirstRejection() {
        Verdict first = Verdict.rejected(Sample.TOO_BIG, "first");
        assertSame(first, first.orElse(() -> Verdict.rejected(Sample.TOO_BIG, "second")));
        assertEquals("valid", Verdict.valid().orElse(Verdict::valid).toString());
    }
}
