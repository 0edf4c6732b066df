package layers.exercises.pairs;

import java.util.List;
import layers.l2.pairs.PairOutcome;

/** Which systems meet a user's requirements. */
public interface PairChooser {

    /**
     * The names ({@link PairOutcome#pair()}) of the options whose L2 fee is at most {@code maxFeeUsd}, whose soft
     * confirmation takes at most {@code maxSoftSeconds} and whose settlement on L1 ({@link PairOutcome#l1FinalSeconds()})
     * takes at most {@code maxSettledSeconds}, in the options' order.
     *
     * @throws IllegalArgumentException if {@code options} is null or a limit is negative
     */
    List<String> meeting(List<PairOutcome> options, double maxFeeUsd, double maxSoftSeconds, double maxSettledSeconds);
}
