/**
 * The exercises of the blobs-and-fees notebook: EIP-4844's {@code fake_exponential} and {@code calc_excess_blob_gas},
 * the blobs a batch needs, an L2 transaction's fee with its batch in blobs, and EIP-7623's calldata floor.
 */
package layers.exercises.blobs;
