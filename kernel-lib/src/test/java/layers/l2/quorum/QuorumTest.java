package layers.l2.quorum;

import layers.core.Verdict;
import layers.l1.keys.PrivateKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuorumTest {

    private final List<PrivateKey> keys = IntStream.range(0, 3)
            .mapToObj(i -> PrivateKey.random(new SplittableRandom(40 + i))).toList();
    private final byte[] statement = "release 10 to alice".getBytes();

    @Test
    void nOfNNeedsEveryoneAndOneOfNNeedsOne() {
        Quorum all = Quorum.ofKeys(keys, 3);
        List<QuorumSignature> sigs = Quorum.signAll(keys, "t", statement);
        assertTrue(all.verify("t", statement, sigs).isValid());
        assertTrue(all.verify("t", statement, sigs.subList(0, 2)).isRejectedFor(QuorumRule.TOO_FEW_SIGNATURES));
        Quorum one = Quorum.ofKeys(keys, 1);
        assertTrue(one.verify("t", statement, sigs.subList(2, 3)).isValid());
        assertTrue(one.verify("t", statement, List.of()).isRejectedFor(QuorumRule.TOO_FEW_SIGNATURES));
    }

    @Test
    void aSignatureUnderAnotherTagOrOverAnotherStatementIsInvalid() {
        Quorum q = Quorum.ofKeys(keys, 1);
        Verdict tag = q.verify("t", statement, Quorum.signAll(keys.subList(0, 1), "u", statement));
        assertTrue(tag.isRejectedFor(QuorumRule.INVALID_SIGNATURE), tag.toString());
        Verdict other = q.verify("t", statement, Quorum.signAll(keys.subList(0, 1), "t", "release 11".getBytes()));
        assertTrue(other.isRejectedFor(QuorumRule.INVALID_SIGNATURE), other.toString());
        assertTrue(other.detail().get().startsWith("signature 0 by member 0: rejected"), other.toString());
    }

    @Test
    void badQuorumsAreNamed() {
        assertEquals("a quorum needs at least one member",
                assertThrows(IllegalArgumentException.class, () -> Quorum.of(List.of(), 1)).getMessage());
        assertEquals("the threshold must be in 1..3, not 0",
                assertThrows(IllegalArgumentException.class, () -> Quorum.ofKeys(keys, 0)).getMessage());
        assertEquals("3-of-3 quorum", Quorum.ofKeys(keys, 3).toString());
    }
}
