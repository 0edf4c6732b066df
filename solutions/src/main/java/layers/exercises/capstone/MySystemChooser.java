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
        // BEGIN SOLUTION capstone.choose
        if (!(maxFeeUsd >= 0) || !(maxFinalSeconds >= 0)) {
            throw new IllegalArgumentException("limits must be 0 or more: max fee " + maxFeeUsd
                    + " USD, max finality " + maxFinalSeconds + " s");
        }
        List<String> out = new ArrayList<>();
        for (SystemProfile s : systems) {
            if (s.feeUsd() <= maxFeeUsd && s.finalSeconds() <= maxFinalSeconds
                    && (!noExtraTrust || s.noExtraTrust())) {
                out.add(s.name());
            }
        }
        return out;
        // END SOLUTION
    }
}
