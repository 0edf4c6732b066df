package layers.exercises.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l2.htlc.ChannelPolicy;
import layers.l2.htlc.HopPayload;
import layers.l2.htlc.Msat;
import layers.l2.htlc.RouteHops;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "channels.hop-amounts",
        title = "Per-hop amounts and time locks",
        contract = HopCalculator.class,
        statement = """
                Write `payloads(policies, amount, height, minFinalCltvExpiryDelta)`: channel `i` goes from node `i` \
                to node `i + 1`. The last HTLC carries `amount` and expires at `height + minFinalCltvExpiryDelta`. \
                Working backwards, the HTLC of channel `i` carries the next amount plus the fee of \
                `policies.get(i + 1)` on it (BOLT 7: `fee_base_msat + amount * fee_proportional_millionths / \
                1000000`, rounded down) and expires that policy's `cltv_expiry_delta` later. Amounts and expiries \
                therefore decrease towards the recipient. An empty route is an `IllegalArgumentException`. Don't \
                call `RouteHops`.""",
        hints = {
            "Start at the end: `new HopPayload(amount, height + minFinalCltvExpiryDelta)`.",
            "Walk backwards with `policies.get(i + 1)`: the start of channel i + 1 is the node that forwards.",
            "`policy.fee(next.amount())` is BOLT 7's fee; reverse the list at the end."
        })
class HopCalculatorTest {

    private final HopCalculator calculator = Implementation.of(HopCalculator.class);

    @Test
    @Points(1)
    @DisplayName("a direct payment is one HTLC, no fee")
    void direct() {
        assertEquals(List.of(new HopPayload(Msat.of(5_000), 818)),
                calculator.payloads(List.of(new ChannelPolicy(1_000, 100, 40)), Msat.of(5_000), 800, 18),
                "5,000 msat at height 800, one channel");
    }

    @Test
    @Points(2)
    @DisplayName("three hops: fees and deltas added backwards")
    void threeHops() {
        List<ChannelPolicy> policies = List.of(new ChannelPolicy(0, 0, 40), new ChannelPolicy(1_000, 100, 40),
                new ChannelPolicy(500, 2_000, 80));
        // last: 10,000,000 at 818; Carol (policy 2): 500 + 20,000 = 20,500, +80; Bob: 1,000 + 1,002 = 2,002, +40
        assertEquals(List.of(new HopPayload(Msat.of(10_022_502), 938), new HopPayload(Msat.of(10_020_500), 898),
                        new HopPayload(Msat.of(10_000_000), 818)),
                calculator.payloads(policies, Msat.of(10_000_000), 800, 18), "10,000,000 msat over 3 channels");
    }

    @Test
    @Points(1)
    @DisplayName("an empty route is refused")
    void empty() {
        assertThrows(IllegalArgumentException.class, () -> calculator.payloads(List.of(), Msat.of(1), 0, 18),
                "no channels");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("agrees with the course on random routes")
    void random() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            List<ChannelPolicy> policies = new ArrayList<>();
            for (int h = 0; h < 1 + random.nextInt(8); h++) {
                policies.add(new ChannelPolicy(random.nextInt(5_000), random.nextInt(5_000), random.nextInt(200)));
            }
            Msat amount = Msat.of(1 + random.nextInt(2_000_000_000));
            int height = random.nextInt(900_000);
            assertEquals(RouteHops.computeHopPayloads(policies, amount, height, 18),
                    calculator.payloads(policies, amount, height, 18), policies + ", " + amount);
        }
    }
}
