package layers.l2.channels;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;
import layers.l1.ledger.utxo.OutPoint;

/**
 * The checks a party makes before it accepts a new channel state or a revocation, one method per rule, in the order
 * BOLT 2 implies: number, amounts, then the signatures (the costly part last).
 */
public final class ChannelValidator {

    private ChannelValidator() {
    }

    /**
     * Whether {@code update} may follow {@code current} in a channel of {@code capacitySats} funded at
     * {@code funding} between {@code a} and {@code b}.
     */
    public static Verdict checkUpdate(ChannelState current, ChannelUpdate update, long capacitySats, OutPoint funding,
                                      ChannelParty a, ChannelParty b, JointKey fundingKey, ChannelConfig config) {
        return checkCommitmentNumber(current, update.state())
                .orElse(() -> checkBalancesSumToCapacity(update.state(), capacitySats))
                .orElse(() -> checkSignatures(update, funding, a, b, fundingKey, config));
    }

    /** BOLT 2: the next commitment number is the current one plus one; a replayed (stale) or skipped one is refused. */
    public static Verdict checkCommitmentNumber(ChannelState current, ChannelState next) {
        long expected = current.number() + 1;
        if (next.number() == expected) {
            return Verdict.valid();
        }
        return Verdict.rejected(ChannelRule.COMMITMENT_NUMBER, "commitment number " + next.number()
                + (next.number() <= current.number() ? " is stale" : " skips ahead") + ": the current one is "
                + current.number() + ", so the next must be " + expected);
    }

    /** The balances add up to exactly the funding output's amount. */
    public static Verdict checkBalancesSumToCapacity(ChannelState state, long capacitySats) {
        long total = state.totalSats();
        return total == capacitySats ? Verdict.valid()
                : Verdict.rejected(ChannelRule.BALANCES_NOT_CAPACITY, "A " + state.toA() + " + B " + state.toB()
                        + " = " + total + " sat, but the capacity is " + capacitySats + " sat");
    }

    /** Both shares verify on both commitment transactions (BOLT 2 {@code commitment_signed}). */
    public static Verdict checkSignatures(ChannelUpdate update, OutPoint funding, ChannelParty a, ChannelParty b,
                                          JointKey fundingKey, ChannelConfig config) {
        for (ChannelSide holder : ChannelSide.values()) {
            ChannelParty holderParty = holder == ChannelSide.A ? a : b;
            ChannelParty otherParty = holder == ChannelSide.A ? b : a;
            ChannelCommitment commitment = ChannelCommitment.build(holder, update.state(), funding, holderParty,
                    otherParty, config);
            String problem = fundingKey.check(update.on(holder), commitment.sighash());
            if (problem != null) {
                return Verdict.rejected(ChannelRule.BAD_SIGNATURE, "on " + holderParty + "'s commitment "
                        + update.state().number() + ": " + problem.replace(a.fundingKey().publicKey().toString(),
                        a + "'s funding key").replace(b.fundingKey().publicKey().toString(), b + "'s funding key"));
            }
        }
        return Verdict.valid();
    }

    /**
     * BOLT 2 {@code revoke_and_ack}: {@code secret⋅G} is the point the revoked commitment was built with.
     */
    public static Verdict checkRevocationSecret(PublicKey perCommitmentPoint, Hash secret, String whose) {
        PublicKey derived;
        try {
            derived = PrivateKey.fromBytes(secret.bytes()).publicKey();
        } catch (IllegalArgumentException e) {
            return Verdict.rejected(ChannelRule.WRONG_REVOCATION_SECRET, whose + ": " + secret.toHex()
                    + " is not a secret key (" + e.getMessage() + ")");
        }
        return derived.equals(perCommitmentPoint) ? Verdict.valid()
                : Verdict.rejected(ChannelRule.WRONG_REVOCATION_SECRET, whose + ": secret " + secret.toHex()
                        .substring(0, 16) + "… gives point " + derived + ", the commitment used " + perCommitmentPoint);
    }
}
