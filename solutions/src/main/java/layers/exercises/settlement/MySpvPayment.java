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
        // BEGIN SOLUTION settlement.light-client
        if (minConfirmations < 1) {
            throw new IllegalArgumentException("a payment needs at least 1 confirmation (its own block), not "
                    + minConfirmations);
        }
        int found = -1;
        for (int i = 0; i < headers.size(); i++) {
            BlockHeader header = headers.get(i);
            Hash previous = i == 0 ? Hash.ZERO : headers.get(i - 1).hash();
            if (!header.meetsTarget()) {
                return Verdict.rejected(BlockRule.HIGH_HASH, "header " + i + ": hash " + header.hash().toDisplayHex()
                        + " is above its target");
            }
            if (!header.previousHash().equals(previous)) {
                return Verdict.rejected(BlockRule.PREVIOUS_HASH_MISMATCH, "header " + i + " names "
                        + header.previousHash().toDisplayHex() + ", not " + previous.toDisplayHex());
            }
            CompactTarget required = params.workRequired().nextWorkRequired(headers.subList(0, i));
            if (!header.bits().equals(required)) {
                return Verdict.rejected(BlockRule.BAD_DIFFICULTY_BITS, "header " + i + ": bits " + header.bits()
                        + ", required " + required);
            }
            if (header.hash().equals(blockHash)) {
                found = i;
            }
        }
        if (found < 0) {
            return Verdict.rejected(SettlementRule.UNKNOWN_BLOCK, "no header has hash " + blockHash.toDisplayHex());
        }
        Verdict included = BitcoinMerkleTree.verify(txid, proof, headers.get(found).merkleRoot());
        if (!included.isValid()) {
            return included;
        }
        int confirmations = headers.size() - found;
        if (confirmations < minConfirmations) {
            return Verdict.rejected(SettlementRule.TOO_FEW_CONFIRMATIONS, "block " + found + " has " + confirmations
                    + " confirmations, " + minConfirmations + " required");
        }
        return Verdict.valid();
        // END SOLUTION
    }
}
