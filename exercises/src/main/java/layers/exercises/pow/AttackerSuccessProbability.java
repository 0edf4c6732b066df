package layers.exercises.pow;

/**
 * The Bitcoin whitepaper's double-spend calculation (Nakamoto, "Bitcoin: A Peer-to-Peer Electronic Cash System",
 * 2008, section 11): how likely an attacker with a share {@code q} of the hash power is to catch up from {@code z}
 * blocks behind, after a merchant has waited for {@code z} confirmations.
 */
public interface AttackerSuccessProbability {

    /**
     * The whitepaper's probability. With {@code p = 1 - q} the honest share and {@code λ = z·q/p} the attacker's
     * expected progress while the honest chain finds {@code z} blocks:
     * {@code P = 1 - Σ_{k=0..z} (λ^k e^(-λ) / k!) · (1 - (q/p)^(z-k))}. When {@code q >= p} the attacker always
     * catches up: 1. Confirmations {@code z} can run into the hundreds.
     *
     * @throws IllegalArgumentException if {@code q} is not between 0 and 1 (NaN included) or {@code z} is negative
     */
    double attackerSuccessProbability(double q, int z);
}
