package layers.exercises.capstone;

import layers.l2.compare.SystemProfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercise {@code capstone.choose}: write {@link #meeting}, then grade it: {@code ./course grade capstone.choose}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Check the limits first: {@code !(maxFeeUsd >= 0)} is true for a negative limit and for NaN.</li>
 *   <li>"At most" includes the limit itself: use {@code <=}.</li>
 *   <li>Only apply the trust filter when {@code noExtraTrust} is true; keep the input's order.</li>
 * </ol>
 */
public class MySystemChooser implements SystemChooser {

    @Override
    public List<String> meeting(List<SystemProfile> systems, double maxFeeUsd, double maxFinalSeconds,
                                boolean noExtraTrust) {
        throw new UnsupportedOperationException("exercise capstone.choose: not written yet — see the hints above");
    }
}
