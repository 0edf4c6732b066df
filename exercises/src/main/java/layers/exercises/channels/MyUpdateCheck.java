package layers.exercises.channels;

import layers.core.Verdict;
import layers.l2.channels.ChannelRule;
import layers.l2.channels.ChannelState;

/**
 * Exercise {@code channels.validate-update}: the commitment-number and capacity checks of a channel update. Write
 * {@link #check}, then grade it: {@code ./course grade channels.validate-update}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Two rules, in order: first the number, then the amounts. Return at the first one broken.</li>
 *   <li>{@code Verdict.rejected(ChannelRule.COMMITMENT_NUMBER, "...")} builds a rejection; {@code Verdict.valid()}
 *       the acceptance.</li>
 *   <li>{@code next.totalSats()} adds the balances exactly; compare it with {@code capacitySats}.</li>
 * </ol>
 */
public class MyUpdateCheck implements UpdateCheck {

    @Override
    public Verdict check(ChannelState current, ChannelState next, long capacitySats) {
        throw new UnsupportedOperationException("exercise channels.validate-update: not written yet — see the hints above");
    }
}
