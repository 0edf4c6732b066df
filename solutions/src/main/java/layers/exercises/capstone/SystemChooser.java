package layers.exercises.capstone;

import layers.l2.compare.SystemProfile;

import java.util.List;

/** Which of the compared systems meet a user's requirements. */
public interface SystemChooser {

    /**
     * The names, in the order given, of the systems whose fee is at most {@code maxFeeUsd}, whose time to finality
     * is at most {@code maxFinalSeconds} and, when {@code noExtraTrust} is true, that add no trust assumption
     * ({@link SystemProfile#noExtraTrust()}).
     *
     * @throws IllegalArgumentException if a limit is negative or not a number
     */
    List<String> meeting(List<SystemProfile> systems, double maxFeeUsd, double maxFinalSeconds, boolean noExtraTrust);
}
