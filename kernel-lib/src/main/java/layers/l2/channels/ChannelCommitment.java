package layers.l2.channels;

import layers.l1.keys.PublicKey;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.OutPoint;
import layers.l1.ledger.utxo.TxOutput;
import layers.l1.ledger.utxo.UnsignedTransaction;

import java.util.List;

/**
 * One party's commitment transaction for one state (BOLT 3 "Commitment Transaction"): it spends the funding output
 * and pays the holder ({@code to_local}, delayed and revocable) and the other party ({@code to_remote}, at once).
 * Each party holds its own, signed by both, and can publish it alone: that is a unilateral close.
 *
 * <p>Simplified against BOLT 3: output 0 is always {@code to_local} and output 1 {@code to_remote} (no BIP 69
 * ordering), outputs are never trimmed as dust, there are no HTLC outputs, and the commitment number is not obscured
 * in the lock time. The base fee is BOLT 3's, paid by the funder A with a floor of 0 ("Fee Payment").
 */
public record ChannelCommitment(ChannelSide holder, ChannelState state, UnsignedTransaction transaction,
                                ToLocalScript toLocal) {

    /** Output 0: the holder's balance, under {@link ToLocalScript}. */
    public static final int TO_LOCAL = 0;
    /** Output 1: the other party's balance, to its wallet key. */
    public static final int TO_REMOTE = 1;

    /**
     * The commitment {@code holder} would publish for {@code state}.
     *
     * @param holderParty the holder, whose per-commitment point and delayed basepoint make {@code local_delayedpubkey}
     * @param otherParty  the counterparty, whose revocation basepoint makes {@code revocationpubkey}
     */
    public static ChannelCommitment build(ChannelSide holder, ChannelState state, OutPoint funding,
                                          ChannelParty holderParty, ChannelParty otherParty, ChannelConfig config) {
        PublicKey point = holderParty.perCommitmentPoint(state.number());
        PublicKey revocation = Bolt3Keys.revocationPubkey(otherParty.revocationBasepoint(), point);
        PublicKey delayed = Bolt3Keys.derivePubkey(holderParty.delayedPaymentBasepoint(), point);
        Amount fee = Bolt3Fees.commitmentFee(config.feeratePerKw(), 0);
        Amount local = state.balance(holder);
        Amount remote = state.balance(holder.other());
        if (holder == ChannelSide.A) {
            local = floorMinus(local, fee);
        } else {
            remote = floorMinus(remote, fee);
        }
        UnsignedTransaction tx = new UnsignedTransaction(List.of(funding), List.of(
                new TxOutput(local, delayed.xOnly()), new TxOutput(remote, otherParty.wallet().publicKey())));
        return new ChannelCommitment(holder, state, tx, new ToLocalScript(revocation, delayed, config.toSelfDelay()));
    }

    private static Amount floorMinus(Amount balance, Amount fee) {
        return fee.isGreaterThan(balance) ? Amount.ZERO : balance.minus(fee);
    }

    /** What both parties sign. */
    public byte[] sighash() {
        return transaction.sighash().bytes();
    }
}
