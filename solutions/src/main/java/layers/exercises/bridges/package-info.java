/**
 * Notebook 12's exercises: the odds that data availability sampling misses withheld data, the amount an attacker with
 * some of a multisig bridge's keys can steal, verifying a data-availability committee's attestation, and rebuilding
 * erasure-coded data from half of its chunks.
 */
package layers.exercises.bridges;
