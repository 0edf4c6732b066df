package layers.l2.channels;

import layers.core.Verdict;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.OutPoint;
import layers.l1.ledger.utxo.Transaction;
import layers.l1.ledger.utxo.TxInput;
import layers.l1.ledger.utxo.TxOutput;
import layers.l1.ledger.utxo.TxRule;
import layers.l1.ledger.utxo.UtxoSet;
import layers.l1.ledger.utxo.UtxoValidator;
import layers.l1.signatures.Schnorr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The L1 a channel lives on: the course's UTXO ledger ({@link UtxoSet}, checked by {@link UtxoValidator}) with a
 * block height, plus the one script a channel needs that the course's one-key outputs cannot express: BOLT 3's
 * {@code to_local} ({@link ToLocalScript}). Every transaction goes into the block at the current height;
 * {@link #mine} adds blocks, so that relative time locks ({@code OP_CSV}, BIP 68/112) can pass.
 *
 * <p>An input that spends a {@code to_local} output is valid if its signature verifies under the revocation key
 * (at any height: the penalty) or under the delayed key once {@code height − confirmed ≥ to_self_delay}. Bitcoin's
 * witness names the branch (1 or 0); here the key that verifies does.
 */
public final class ChannelChain {

    private final UtxoSet utxos = new UtxoSet();
    private final Map<OutPoint, Locked> toLocalOutputs = new HashMap<>();
    private final List<ConfirmedTx> log = new ArrayList<>();
    private int height;
    private int coinbases;

    private record Locked(ToLocalScript script, int confirmedAt) {
    }

    /** New coins for {@code owner} from a coinbase in the current block (to fund wallets in a simulation). */
    public OutPoint credit(XOnlyPublicKey owner, Amount amount) {
        Transaction coinbase = Transaction.coinbase(coinbases++, amount, owner);
        utxos.apply(coinbase);
        log.add(new ConfirmedTx(height, coinbase));
        return coinbase.outPoint(0);
    }

    /** Checks {@code tx} (Bitcoin Core's order, then the {@code to_local} rules) and, if valid, confirms it now. */
    public Verdict submit(Transaction tx) {
        Verdict verdict = UtxoValidator.checkTransaction(tx)
                .orElse(() -> UtxoValidator.checkTxInputs(tx, utxos))
                .orElse(() -> checkInputScripts(tx));
        if (verdict.isValid()) {
            utxos.apply(tx);
            for (TxInput input : tx.inputs()) {
                toLocalOutputs.remove(input.spends());
            }
            log.add(new ConfirmedTx(height, tx));
        }
        return verdict;
    }

    /** {@link #submit} a commitment transaction and lock its output {@link ChannelCommitment#TO_LOCAL} with {@code script}. */
    public Verdict submitCommitment(Transaction commitment, ToLocalScript script) {
        Verdict verdict = submit(commitment);
        if (verdict.isValid()) {
            toLocalOutputs.put(commitment.outPoint(ChannelCommitment.TO_LOCAL), new Locked(script, height));
        }
        return verdict;
    }

    /** Each input's signature, for the plain key of its output or for the {@code to_local} script. */
    Verdict checkInputScripts(Transaction tx) {
        byte[] sighash = tx.sighash().bytes();
        for (int i = 0; i < tx.inputs().size(); i++) {
            TxInput input = tx.inputs().get(i);
            Locked locked = toLocalOutputs.get(input.spends());
            Verdict check = locked == null ? checkKeySpend(i, input, sighash)
                    : checkToLocalSpend(i, input, locked, sighash);
            if (!check.isValid()) {
                return check;
            }
        }
        return Verdict.valid();
    }

    private Verdict checkKeySpend(int i, TxInput input, byte[] sighash) {
        TxOutput spent = utxos.get(input.spends()).orElseThrow();
        Verdict check = Schnorr.verify(spent.owner(), sighash, input.signature());
        return check.isValid() ? check : Verdict.rejected(TxRule.BAD_SIGNATURE, "input " + i + " spending "
                + input.spends() + " for key " + spent.owner().toHex() + ": " + check);
    }

    /** BOLT 3 {@code to_local}: the revocation branch at any time, the delayed branch after {@code to_self_delay}. */
    Verdict checkToLocalSpend(int i, TxInput input, Locked locked, byte[] sighash) {
        ToLocalScript script = locked.script();
        if (Schnorr.isValid(script.revocationPubkey().xOnly(), sighash, input.signature())) {
            return Verdict.valid();
        }
        if (!Schnorr.isValid(script.localDelayedPubkey().xOnly(), sighash, input.signature())) {
            return Verdict.rejected(ChannelRule.BAD_SIGNATURE, "input " + i + " spends to_local output "
                    + input.spends() + " with a signature for neither its revocation key nor its delayed key");
        }
        int waited = height - locked.confirmedAt();
        return waited >= script.toSelfDelay() ? Verdict.valid()
                : Verdict.rejected(ChannelRule.TO_SELF_DELAY, "input " + i + " spends to_local output "
                        + input.spends() + " at height " + height + ", " + waited + " blocks after the commitment "
                        + "confirmed at " + locked.confirmedAt() + "; to_self_delay is " + script.toSelfDelay()
                        + ", so not before height " + (locked.confirmedAt() + script.toSelfDelay()));
    }

    /** Adds {@code blocks} blocks. */
    public void mine(int blocks) {
        if (blocks < 0) {
            throw new IllegalArgumentException("cannot mine a negative number of blocks: " + blocks);
        }
        height += blocks;
    }

    public int height() {
        return height;
    }

    /** The unspent outputs (read them; change them only through {@link #submit}). */
    public UtxoSet utxos() {
        return utxos;
    }

    /** The sum of the unspent outputs locked to {@code owner}. */
    public Amount balanceOf(XOnlyPublicKey owner) {
        Amount sum = Amount.ZERO;
        for (TxOutput output : utxos.ownedBy(owner).values()) {
            sum = sum.plus(output.amount());
        }
        return sum;
    }

    /** The {@code to_local} script locking {@code outPoint}, if it is an unspent {@code to_local} output. */
    public Optional<ToLocalScript> toLocalScript(OutPoint outPoint) {
        return Optional.ofNullable(toLocalOutputs.get(outPoint)).map(Locked::script);
    }

    /** Every confirmed transaction, oldest first (a watchtower reads it block by block). */
    public List<ConfirmedTx> transactions() {
        return Collections.unmodifiableList(log);
    }

    @Override
    public String toString() {
        return "ChannelChain(height " + height + ", " + utxos + ")";
    }
}
