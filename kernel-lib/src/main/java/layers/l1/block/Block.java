package layers.l1.block;

import layers.l1.crypto.Hash;
import layers.l1.ledger.ByteReader;
import layers.l1.ledger.ByteWriter;
import layers.l1.ledger.MalformedException;
import layers.l1.ledger.utxo.Transaction;
import layers.l1.merkle.BitcoinMerkleTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A block: a header and its transactions, the first of which should be the coinbase. Immutable; any header and any
 * list can be held, and {@link ChainValidator} says whether they make a valid block.
 *
 * <p>Serialized as the 80-byte header, a transaction count (uint32 LE), then each transaction as its length (uint32
 * LE) and its bytes ({@link Transaction#serialize()}).
 */
public final class Block {

    private final BlockHeader header;
    private final List<Transaction> transactions;

    private Block(BlockHeader header, List<Transaction> transactions) {
        this.header = Objects.requireNonNull(header, "header");
        this.transactions = List.copyOf(transactions);
    }

    public static Block of(BlockHeader header, List<Transaction> transactions) {
        return new Block(header, transactions);
    }

    public BlockHeader header() {
        return header;
    }

    public List<Transaction> transactions() {
        return transactions;
    }

    /** The block's hash: its header's. */
    public Hash hash() {
        return header.hash();
    }

    /** The transactions' ids, in block order. */
    public List<Hash> txids() {
        return transactions.stream().map(Transaction::txid).toList();
    }

    /**
     * The Merkle root of the transactions, which the header should carry. Source: Bitcoin Core
     * {@code BlockMerkleRoot}.
     *
     * @throws IllegalArgumentException if there are no transactions
     */
    public Hash computeMerkleRoot() {
        return BitcoinMerkleTree.root(txids());
    }

    /** The same transactions under another header. */
    public Block withHeader(BlockHeader newHeader) {
        return new Block(newHeader, transactions);
    }

    /** The same header over other transactions (its Merkle root then no longer matches: for tampering). */
    public Block withTransactions(List<Transaction> newTransactions) {
        return new Block(header, newTransactions);
    }

    /** Transaction {@code index} replaced, header unchanged. */
    public Block withTransaction(int index, Transaction tx) {
        List<Transaction> changed = new ArrayList<>(transactions);
        changed.set(index, tx);
        return new Block(header, changed);
    }

    /** The header's Merkle root set to the transactions' (the nonce is then most likely wrong: re-mine it). */
    public Block withMerkleRootRecomputed() {
        return new Block(header.withMerkleRoot(computeMerkleRoot()), transactions);
    }

    public byte[] serialize() {
        ByteWriter out = new ByteWriter().writeBytes(header.serialize()).writeUint32(transactions.size());
        for (Transaction tx : transactions) {
            byte[] raw = tx.serialize();
            out.writeUint32(raw.length).writeBytes(raw);
        }
        return out.toByteArray();
    }

    /**
     * The block these bytes serialize.
     *
     * @throws MalformedException naming the field and offset where the bytes stop making sense
     */
    public static Block parse(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        BlockHeader header = BlockHeader.parse(in.readBytes(BlockHeader.SIZE, "header"));
        int count = in.readCount("transaction count", 4);
        List<Transaction> transactions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = in.readCount("length of transaction " + i, 1);
            int at = in.position();
            try {
                transactions.add(Transaction.parse(in.readBytes(length, "transaction " + i)));
            } catch (MalformedException e) {
                throw new MalformedException("transaction " + i + ": " + e.reason(), at + e.offset());
            }
        }
        in.expectEnd("block");
        return new Block(header, transactions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Block b && header.equals(b.header) && transactions.equals(b.transactions);
    }

    @Override
    public int hashCode() {
        return header.hashCode();
    }

    @Override
    public String toString() {
        return "Block(" + hash().toDisplayHex() + ", " + transactions.size() + " transactions)";
    }
}
