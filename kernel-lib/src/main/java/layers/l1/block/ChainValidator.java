package layers.l1.block;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.Transaction;
import layers.l1.ledger.utxo.TxUndo;
import layers.l1.ledger.utxo.UtxoValidator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates a chain from its genesis block, as every full node does: each block's header (proof of work, link to
 * the previous block, required target, time), its body (Merkle root, coinbase) and every transaction against the
 * UTXO set. The order follows Bitcoin Core: {@code CheckBlockHeader}, {@code AcceptBlockHeader},
 * {@code ContextualCheckBlockHeader}, {@code CheckBlock}, {@code ContextualCheckBlock}, {@code ConnectBlock}
 * (src/validation.cpp). A rejection names the block's height and the rule.
 *
 * <p>Simplifications: no coinbase maturity (Bitcoin lets a coinbase output be spent only 100 blocks later), no
 * "time too new" check against the clock, no block size or weight limit.
 */
public final class ChainValidator {

    private final ChainParams params;

    public ChainValidator(ChainParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    public ChainParams params() {
        return params;
    }

    /** Whether {@code blocks}, genesis first, form a valid chain. */
    public Verdict validate(List<Block> blocks) {
        ChainState state = new ChainState();
        for (Block block : blocks) {
            Verdict verdict = connectBlock(state, block);
            if (!verdict.isValid()) {
                return verdict;
            }
        }
        return Verdict.valid();
    }

    /** Validates {@code block} as the next block of {@code state} and, if it is valid, connects it. */
    public Verdict connectBlock(ChainState state, Block block) {
        int height = state.height() + 1;
        BlockHeader header = block.header();
        Verdict checks = checkProofOfWork(height, header)
                .orElse(() -> checkPreviousHash(height, header, state))
                .orElse(() -> checkDifficultyBits(height, header, state))
                .orElse(() -> checkMedianTimePast(height, header, state))
                .orElse(() -> checkBlock(height, block))
                .orElse(() -> checkCoinbaseHeight(height, block));
        if (!checks.isValid()) {
            return checks;
        }
        return connectTransactions(height, block, state);
    }

    /** {@code high-hash}: the hash meets the target the header's own bits encode. Source: {@code CheckProofOfWork}. */
    static Verdict checkProofOfWork(int height, BlockHeader header) {
        var problem = header.bits().encodingProblem();
        if (problem.isPresent()) {
            return reject(BlockRule.HIGH_HASH, height, problem.get());
        }
        return header.meetsTarget() ? Verdict.valid() : reject(BlockRule.HIGH_HASH, height, "hash "
                + header.hash().toDisplayHex() + " is above the target of bits " + header.bits());
    }

    /** The header names the tip's hash (the zero hash for the genesis block). Source: {@code AcceptBlockHeader}. */
    static Verdict checkPreviousHash(int height, BlockHeader header, ChainState state) {
        Hash expected = state.tipHash();
        return header.previousHash().equals(expected) ? Verdict.valid()
                : reject(BlockRule.PREVIOUS_HASH_MISMATCH, height, "names " + header.previousHash().toDisplayHex()
                        + " as previous, but block " + (height - 1) + " is " + expected.toDisplayHex());
    }

    /** {@code bad-diffbits}: the bits are the chain's required target. Source: {@code ContextualCheckBlockHeader}. */
    Verdict checkDifficultyBits(int height, BlockHeader header, ChainState state) {
        CompactTarget required = params.workRequired().nextWorkRequired(state.headers());
        return header.bits().equals(required) ? Verdict.valid()
                : reject(BlockRule.BAD_DIFFICULTY_BITS, height, "bits " + header.bits() + ", required " + required);
    }

    /** {@code time-too-old}: the time exceeds the median time past. Source: {@code ContextualCheckBlockHeader}. */
    static Verdict checkMedianTimePast(int height, BlockHeader header, ChainState state) {
        if (height == 0) {
            return Verdict.valid();
        }
        long median = state.medianTimePast();
        return header.time() > median ? Verdict.valid() : reject(BlockRule.TIME_TOO_OLD, height, "time "
                + header.time() + " is not after the median time past " + median);
    }

    /** The context-free checks of the block body, in {@code CheckBlock}'s order. */
    static Verdict checkBlock(int height, Block block) {
        return checkHasTransactions(height, block)
                .orElse(() -> checkMerkleRoot(height, block))
                .orElse(() -> checkDuplicateTransactions(height, block))
                .orElse(() -> checkCoinbaseFirst(height, block))
                .orElse(() -> checkSingleCoinbase(height, block))
                .orElse(() -> checkTransactions(height, block));
    }

    /** {@code bad-blk-length}: at least the coinbase. */
    static Verdict checkHasTransactions(int height, Block block) {
        return block.transactions().isEmpty() ? reject(BlockRule.NO_TRANSACTIONS, height, "0 transactions")
                : Verdict.valid();
    }

    /** {@code bad-txnmrklroot}. Source: {@code CheckMerkleRoot}. */
    static Verdict checkMerkleRoot(int height, Block block) {
        Hash computed = block.computeMerkleRoot();
        return computed.equals(block.header().merkleRoot()) ? Verdict.valid()
                : reject(BlockRule.MERKLE_ROOT_MISMATCH, height, "header has "
                        + block.header().merkleRoot().toDisplayHex() + ", transactions give " + computed.toDisplayHex());
    }

    /** {@code bad-txns-duplicate}: the CVE-2012-2459 mutation, or any repeated transaction. */
    static Verdict checkDuplicateTransactions(int height, Block block) {
        Map<Hash, Integer> first = new HashMap<>();
        List<Hash> txids = block.txids();
        for (int i = 0; i < txids.size(); i++) {
            Integer earlier = first.putIfAbsent(txids.get(i), i);
            if (earlier != null) {
                return reject(BlockRule.DUPLICATE_TRANSACTION, height, "transactions " + earlier + " and " + i
                        + " are both " + txids.get(i).toDisplayHex());
            }
        }
        return Verdict.valid();
    }

    /** {@code bad-cb-missing}. */
    static Verdict checkCoinbaseFirst(int height, Block block) {
        return block.transactions().get(0).isCoinbase() ? Verdict.valid()
                : reject(BlockRule.FIRST_NOT_COINBASE, height, "transaction 0 is "
                        + block.transactions().get(0).txid().toDisplayHex());
    }

    /** {@code bad-cb-multiple}. */
    static Verdict checkSingleCoinbase(int height, Block block) {
        for (int i = 1; i < block.transactions().size(); i++) {
            if (block.transactions().get(i).isCoinbase()) {
                return reject(BlockRule.MULTIPLE_COINBASES, height, "transaction " + i + " is a coinbase");
            }
        }
        return Verdict.valid();
    }

    /** Each transaction's context-free checks ({@code CheckTransaction}); a failure names the transaction's rule. */
    static Verdict checkTransactions(int height, Block block) {
        for (int i = 0; i < block.transactions().size(); i++) {
            Verdict v = UtxoValidator.checkTransaction(block.transactions().get(i));
            if (!v.isValid()) {
                return inTransaction(v, height, i, block.transactions().get(i));
            }
        }
        return Verdict.valid();
    }

    /** {@code bad-cb-height}: the coinbase commits to the block's height. Source: BIP 34. */
    static Verdict checkCoinbaseHeight(int height, Block block) {
        int stated = block.transactions().get(0).coinbaseHeight();
        return stated == height ? Verdict.valid()
                : reject(BlockRule.BAD_COINBASE_HEIGHT, height, "the coinbase states height " + stated);
    }

    /**
     * Applies the transactions in order, each checked against the UTXO set as it stands after the ones before it
     * (so two transactions of one block cannot spend the same output), then checks the coinbase's amount
     * ({@code bad-cb-amount}). On any rejection the UTXO set is left as it was. Source: {@code ConnectBlock}.
     */
    Verdict connectTransactions(int height, Block block, ChainState state) {
        List<Transaction> txs = block.transactions();
        List<TxUndo> undo = new ArrayList<>(txs.size());
        List<Transaction> applied = new ArrayList<>(txs.size());
        Amount fees = Amount.ZERO;
        undo.add(state.utxos().apply(txs.get(0)));
        applied.add(txs.get(0));
        for (int i = 1; i < txs.size(); i++) {
            Transaction tx = txs.get(i);
            Verdict v = UtxoValidator.validate(tx, state.utxos());
            if (!v.isValid()) {
                state.utxos().undoAll(applied, undo);
                return inTransaction(v, height, i, tx);
            }
            fees = fees.plus(UtxoValidator.fee(tx, state.utxos()));
            undo.add(state.utxos().apply(tx));
            applied.add(tx);
        }
        Verdict amount = checkCoinbaseAmount(height, txs.get(0), params.blockSubsidy(height).plus(fees));
        if (!amount.isValid()) {
            state.utxos().undoAll(applied, undo);
            return amount;
        }
        state.connect(block, undo);
        return Verdict.valid();
    }

    /** {@code bad-cb-amount}: the coinbase pays at most the subsidy plus the fees. Source: {@code ConnectBlock}. */
    static Verdict checkCoinbaseAmount(int height, Transaction coinbase, Amount allowed) {
        long paid = 0;
        for (var output : coinbase.outputs()) {
            paid += output.amount().satoshis(); // within MoneyRange: checkTransaction passed
        }
        return paid <= allowed.satoshis() ? Verdict.valid()
                : reject(BlockRule.BAD_COINBASE_AMOUNT, height, "the coinbase pays " + paid + " sat, subsidy plus fees "
                        + "are " + allowed.satoshis() + " sat");
    }

    private static Verdict reject(BlockRule rule, int height, String detail) {
        return Verdict.rejected(rule, "block " + height + ": " + detail);
    }

    private static Verdict inTransaction(Verdict txVerdict, int height, int index, Transaction tx) {
        return Verdict.rejected(txVerdict.rule().orElseThrow(), "block " + height + ", transaction " + index + " ("
                + tx.txid().toDisplayHex() + "): " + txVerdict.detail().orElseThrow());
    }
}
