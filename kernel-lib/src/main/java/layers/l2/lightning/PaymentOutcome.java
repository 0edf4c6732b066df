package layers.l2.lightning;

import java.util.List;

/**
 * How one payment ended.
 *
 * @param succeeded whether the recipient was paid the whole amount
 * @param amountMsat the amount asked
 * @param feeMsat   the fees paid (0 if it failed: failed HTLCs cost nothing)
 * @param attempts  routes tried, over all parts
 * @param paths     the routes of the parts that settled (empty if it failed)
 * @param failure   why it failed, empty if it succeeded
 */
public record PaymentOutcome(boolean succeeded, long amountMsat, long feeMsat, int attempts, List<LightningPath> paths,
                             String failure) {

    public int parts() {
        return paths.size();
    }

    /** The longest route among the parts. */
    public int maxHops() {
        return paths.stream().mapToInt(LightningPath::hops).max().orElse(0);
    }
}
