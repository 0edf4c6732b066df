package layers.l1.settlement;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a full node and a light client each verify for themselves, check by check; the rest a light client takes on
 * trust from the hash power. Sources: Bitcoin whitepaper, section 8; BIP 141, "Compact fraud proof for SPV nodes"
 * (which lists the coinbase amount and spending a non-existent input among what SPV cannot check).
 */
public final class Guarantees {

    private Guarantees() {
    }

    /** Columns {@code check}, {@code fullNode}, {@code lightClient}, {@code how}. */
    public static Table table() {
        StringColumn check = StringColumn.create("check");
        BooleanColumn full = BooleanColumn.create("fullNode");
        BooleanColumn light = BooleanColumn.create("lightClient");
        StringColumn how = StringColumn.create("how");
        row(check, full, light, how, "proof of work meets the required target", true, true,
                "both: from the header alone");
        row(check, full, light, how, "each block links to the one before", true, true, "both: from the headers alone");
        row(check, full, light, how, "a transaction is in a block", true, true,
                "full node: it has the block; light client: a Merkle proof to the header's root");
        row(check, full, light, how, "every signature is valid", true, false, "needs the transactions");
        row(check, full, light, how, "no output is spent twice, no input is invented", true, false,
                "needs the transactions and the UTXO set");
        row(check, full, light, how, "the coinbase pays at most subsidy plus fees", true, false,
                "needs every transaction's fee");
        row(check, full, light, how, "the block's transactions were published (data availability)", true, false,
                "a full node downloads them; a header proves nothing about them");
        return Table.create("what each node verifies", check, full, light, how);
    }

    private static void row(StringColumn c, BooleanColumn f, BooleanColumn l, StringColumn h, String check,
                            boolean full, boolean light, String how) {
        c.append(check);
        f.append(full);
        l.append(light);
        h.append(how);
    }
}
