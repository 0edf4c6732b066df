/**
 * The exercises of the notebook on ledgers and blocks: the rules of a UTXO ledger, a transfer in the account model,
 * the nonce that makes a header's proof of work, and the checks that find the first block a tampered chain breaks.
 */
package layers.exercises.ledger;
