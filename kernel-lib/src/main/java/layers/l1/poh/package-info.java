/**
 * Proof of history as Solana uses it: a sequential SHA-256 chain that proves time passed
 * ({@link layers.l1.poh.PohRecorder}), with events mixed in and ticks every {@code hashesPerTick} hashes; its parallel
 * verification ({@link layers.l1.poh.PohVerifier}) and the speed-up that makes it worthwhile
 * ({@link layers.l1.poh.PohMeasurement}); and the stake-weighted leader schedule ({@link layers.l1.poh.LeaderSchedule}).
 *
 * <p>Simplified: an event is a single hash (Solana mixes in the Merkle root of an entry's transactions); there is no
 * Tower BFT voting, no shreds or banks, and the leader schedule draws from SplitMix64 instead of ChaCha20.
 */
package layers.l1.poh;
