package layers.l1.pow;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;

/** Each time a node switched to a chain that does not extend its old tip: when, which node, from, to, how deep. */
final class ReorgLog {

    private long[] time = new long[16];
    private int[] node = new int[16];
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int[] depth = new int[16];
    private int size;

    void record(long timeMicros, int atNode, int oldTip, int newTip, int blocksUndone) {
        if (size == time.length) {
            int grown = size * 2;
            time = Arrays.copyOf(time, grown);
            node = Arrays.copyOf(node, grown);
            from = Arrays.copyOf(from, grown);
            to = Arrays.copyOf(to, grown);
            depth = Arrays.copyOf(depth, grown);
        }
        time[size] = timeMicros;
        node[size] = atNode;
        from[size] = oldTip;
        to[size] = newTip;
        depth[size] = blocksUndone;
        size++;
    }

    int size() {
        return size;
    }

    Table toTable() {
        DoubleColumn t = DoubleColumn.create("timeSeconds");
        IntColumn n = IntColumn.create("node");
        IntColumn f = IntColumn.create("fromTip");
        IntColumn g = IntColumn.create("toTip");
        IntColumn d = IntColumn.create("depth");
        for (int i = 0; i < size; i++) {
            t.append(time[i] / 1e6);
            n.append(node[i]);
            f.append(from[i]);
            g.append(to[i]);
            d.append(depth[i]);
        }
        return Table.create("reorganisations", t, n, f, g, d);
    }
}
