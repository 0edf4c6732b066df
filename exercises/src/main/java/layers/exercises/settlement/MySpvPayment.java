package layers.exercises.settlement;

import java.util.List;
import layers.core.Verdict;
import layers.l1.block.BlockHeader;
import layers.l1.block.BlockRule;
import layers.l1.block.ChainParams;
import layers.l1.block.CompactTarget;
import layers.l1.crypto.Hash;
import layers.l1.merkle.BitcoinMerkleTree;
import layers.l1.merkle.MerkleProof;
import layers.l1.settlement.SettlementRule;

/**
 * Exercise {@code settlement.light-client}: check a payment as a light client does. Write {@link #verifyPayment}
 * yourself (not with {@code LightClient}), then grade it: {@code ./course grade settlement.light-client}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Loop over the headers with an index {@code i}: the previous hash is {@code Hash.ZERO} for {@code i = 0},
 *       else {@code headers.get(i - 1).hash()}; the required bits are
 *       {@code params.workRequired().nextWorkRequired(headers.subList(0, i))}.</li>
 *   <li>{@code Verdict.rejected(BlockRule.HIGH_HASH, "header " + i + ": ...")} makes a rejection;
 *       {@code header.meetsTarget()} checks the proof of work. Check every header, even those after the payment's
 *       block: a bad one there means the confirmations are fake.</li>
 *   <li>Remember the index of the header whose {@code hash()} equals {@code blockHash}: the proof is checked against
 *       its {@code merkleRoot()}, and its confirmations are {@code headers.size() - index}.</li>
 * </ol>
 */
public class MySpvPayment implements SpvPayment {

    @Override
    public Verdict verifyPayment(ChainParams params, List<BlockHeader> headers, Hash txid, MerkleProof proof,
                                 Hash blockHash, int minConfirmations) {
        throw new UnsupportedOperationException("exercise settlement.light-client: not written yet — see the hints above");
    }
}
