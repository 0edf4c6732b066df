package layers.l1.pos;

import layers.core.Rule;

import java.util.Optional;

/**
 * The four ways {@code weigh_justification_and_finalization} finalizes a checkpoint (phase0, Justification and
 * finalization, "Process finalizations"), named after which of the most recent epochs must be justified: a chain of
 * justified checkpoints whose source is finalized when every epoch between source and target is justified.
 * The specification checks them in this order and a later one that applies overrides an earlier one.
 */
public enum FinalizationRule implements Rule {
    /** "The 2nd/3rd/4th most recent epochs are justified, the 2nd using the 4th as source". */
    RULE_234("epochs 2, 3 and 4 back are justified and the old previous justified checkpoint is 3 epochs back") {
        @Override
        Optional<Checkpoint> finalizes(JustificationBits bits, Checkpoint oldPrevious, Checkpoint oldCurrent, Epoch current) {
            return bits.all(1, 4) && oldPrevious.epoch().plus(3).equals(current) ? Optional.of(oldPrevious) : Optional.empty();
        }
    },
    /** "The 2nd/3rd most recent epochs are justified, the 2nd using the 3rd as source". */
    RULE_23("epochs 2 and 3 back are justified and the old previous justified checkpoint is 2 epochs back") {
        @Override
        Optional<Checkpoint> finalizes(JustificationBits bits, Checkpoint oldPrevious, Checkpoint oldCurrent, Epoch current) {
            return bits.all(1, 3) && oldPrevious.epoch().plus(2).equals(current) ? Optional.of(oldPrevious) : Optional.empty();
        }
    },
    /** "The 1st/2nd/3rd most recent epochs are justified, the 1st using the 3rd as source". */
    RULE_123("epochs 1, 2 and 3 back are justified and the old current justified checkpoint is 2 epochs back") {
        @Override
        Optional<Checkpoint> finalizes(JustificationBits bits, Checkpoint oldPrevious, Checkpoint oldCurrent, Epoch current) {
            return bits.all(0, 3) && oldCurrent.epoch().plus(2).equals(current) ? Optional.of(oldCurrent) : Optional.empty();
        }
    },
    /** "The 1st/2nd most recent epochs are justified, the 1st using the 2nd as source": the usual case. */
    RULE_12("epochs 1 and 2 back are justified and the old current justified checkpoint is 1 epoch back") {
        @Override
        Optional<Checkpoint> finalizes(JustificationBits bits, Checkpoint oldPrevious, Checkpoint oldCurrent, Epoch current) {
            return bits.all(0, 2) && oldCurrent.epoch().plus(1).equals(current) ? Optional.of(oldCurrent) : Optional.empty();
        }
    };

    private final String description;

    FinalizationRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * The checkpoint this rule finalizes, given the bits after this epoch's justifications and the justified
     * checkpoints as they were before them.
     */
    abstract Optional<Checkpoint> finalizes(JustificationBits bits, Checkpoint oldPreviousJustified,
                                            Checkpoint oldCurrentJustified, Epoch currentEpoch);

    /** The last rule, in the specification's order, that finalizes something: the one whose checkpoint wins. */
    public static Optional<FinalizationRule> applying(JustificationBits bits, Checkpoint oldPreviousJustified,
                                                      Checkpoint oldCurrentJustified, Epoch currentEpoch) {
        FinalizationRule last = null;
        for (FinalizationRule rule : values()) {
            if (rule.finalizes(bits, oldPreviousJustified, oldCurrentJustified, currentEpoch).isPresent()) {
                last = rule;
            }
        }
        return Optional.ofNullable(last);
    }
}
