/**
 * The exercises of the why-layer-2 notebook: what a batch costs as L1 calldata (EIP-2028), one transaction's share
 * of it, the unsigned varint of the batch format, and a sequencer cutting its transactions into batches.
 */
package layers.exercises.batching;
