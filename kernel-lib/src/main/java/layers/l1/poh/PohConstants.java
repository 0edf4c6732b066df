package layers.l1.poh;

/**
 * Solana's proof-of-history timing, from its SDK's {@code clock.rs}: 160 ticks a second, 64 ticks a slot (400 ms),
 * and by default 2,000,000 hashes a second, so 12,500 hashes a tick. Later feature gates raised the hashes per tick
 * ({@code UPDATED_HASHES_PER_TICK2} to {@code UPDATED_HASHES_PER_TICK6}: 17,500 up to 62,500) as validators' hardware
 * got faster; which of them mainnet has activated was not checked. Tests use much smaller values.
 */
public final class PohConstants {

    /** Source: Solana SDK {@code clock.rs}, {@code DEFAULT_TICKS_PER_SECOND = 160}. */
    public static final long DEFAULT_TICKS_PER_SECOND = 160;
    /** Source: Solana SDK {@code clock.rs}, {@code DEFAULT_TICKS_PER_SLOT = 64}. */
    public static final long DEFAULT_TICKS_PER_SLOT = 64;
    /** Source: Solana SDK {@code clock.rs}, {@code DEFAULT_HASHES_PER_SECOND = 2_000_000}. */
    public static final long DEFAULT_HASHES_PER_SECOND = 2_000_000;
    /** Source: Solana SDK {@code clock.rs}, {@code DEFAULT_HASHES_PER_TICK = DEFAULT_HASHES_PER_SECOND / DEFAULT_TICKS_PER_SECOND} (= 12,500). */
    public static final long DEFAULT_HASHES_PER_TICK = DEFAULT_HASHES_PER_SECOND / DEFAULT_TICKS_PER_SECOND;
    /** Source: Solana SDK {@code clock.rs}, {@code UPDATED_HASHES_PER_TICK6} (= 10,000,000 / 160). */
    public static final long UPDATED_HASHES_PER_TICK6 = 62_500;
    /** Source: Solana SDK {@code clock.rs}, {@code DEFAULT_MS_PER_SLOT = 1_000 * DEFAULT_TICKS_PER_SLOT / DEFAULT_TICKS_PER_SECOND} (= 400). */
    public static final long DEFAULT_MS_PER_SLOT = 1_000 * DEFAULT_TICKS_PER_SLOT / DEFAULT_TICKS_PER_SECOND;
    /** A leader's consecutive slots. Source: Solana SDK {@code clock.rs}, {@code NUM_CONSECUTIVE_LEADER_SLOTS = 4}. */
    public static final int NUM_CONSECUTIVE_LEADER_SLOTS = 4;

    private PohConstants() {
    }
}
