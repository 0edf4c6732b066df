package layers.l2.channels;

import layers.l1.ledger.utxo.Transaction;

/** A transaction and the height of the block that confirmed it. */
public record ConfirmedTx(int height, Transaction transaction) {
}
