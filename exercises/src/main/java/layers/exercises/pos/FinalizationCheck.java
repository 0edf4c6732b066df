package layers.exercises.pos;

import java.util.Optional;
import layers.l1.pos.Checkpoint;
import layers.l1.pos.Epoch;
import layers.l1.pos.JustificationBits;

/**
 * The finalization half of Casper FFG as the beacon chain runs it at the end of an epoch. Source: consensus-specs
 * phase0, {@code weigh_justification_and_finalization}, "Process finalizations".
 */
public interface FinalizationCheck {

    /**
     * The checkpoint this epoch's processing finalizes, or empty if it finalizes none (the finalized checkpoint stays
     * as it was). The specification tries four rules in this order, and a later rule that applies overrides an
     * earlier one:
     * <ol>
     *   <li>bits 1, 2 and 3 set and {@code oldPreviousJustified} is 3 epochs before {@code currentEpoch}: it is
     *       finalized;</li>
     *   <li>bits 1 and 2 set and {@code oldPreviousJustified} is 2 epochs before: it is finalized;</li>
     *   <li>bits 0, 1 and 2 set and {@code oldCurrentJustified} is 2 epochs before: it is finalized;</li>
     *   <li>bits 0 and 1 set and {@code oldCurrentJustified} is 1 epoch before: it is finalized.</li>
     * </ol>
     *
     * @param bits the justification bits after this epoch's justifications: bit 0 is the current epoch, bit 1 the
     *             previous one, and so on
     * @param oldPreviousJustified {@code previous_justified_checkpoint} as it was before this epoch's justifications
     * @param oldCurrentJustified {@code current_justified_checkpoint} as it was before this epoch's justifications
     * @param currentEpoch the epoch being processed
     */
    Optional<Checkpoint> newlyFinalized(JustificationBits bits, Checkpoint oldPreviousJustified,
                                        Checkpoint oldCurrentJustified, Epoch currentEpoch);
}
