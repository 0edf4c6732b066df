package layers.l1.ledger.utxo;

import java.util.List;

/**
 * What applying a transaction removed from the UTXO set: the outputs its inputs spent, in input order, so that
 * {@link UtxoSet#undo} can put them back when a block is disconnected. Source: Bitcoin Core {@code CTxUndo}
 * (src/undo.h).
 */
public record TxUndo(List<TxOutput> spentOutputs) {

    public TxUndo {
        spentOutputs = List.copyOf(spentOutputs);
    }
}
