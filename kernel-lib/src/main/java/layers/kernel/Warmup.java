package layers.kernel;

import layers.kernel.eval.CellEvaluator;
import org.dflib.jjava.jupyter.kernel.display.Renderer;

import java.time.Duration;

/**
 * Runs the kind of work a kernel does in its first minute (start JShell, compile and run cells, draw a chart and a
 * table) and exits. The installer runs it once with {@code -XX:ArchiveClassesAtExit} to record a class-data-sharing
 * archive of every class it loaded; kernels started with that archive skip most class loading and verification.
 */
public final class Warmup {

    private Warmup() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        try (CellEvaluator cells = new CellEvaluator(Warmup.class.getClassLoader(),
                System.getProperty("java.class.path"), Duration.ZERO)) {
            cells.importAll(DefaultImports.IMPORTS);
            Renderer renderer = new Renderer();
            layers.kernel.display.ChartRenderer.register(renderer);
            layers.kernel.display.TableRenderer.register(renderer);
            cells.eval("int answer() { return 42; }", 1);
            cells.eval("class Point { final int x; Point(int x) { this.x = x; } }", 2);
            Object chart = cells.eval("var c = new XYChartBuilder().width(200).height(100).build();"
                    + " c.addSeries(\"s\", new double[] {1, 2}, new double[] {3, 4}); c", 3).value();
            renderer.render(chart);
            Object table = cells.eval("Table.create(\"t\", IntColumn.create(\"a\", 1, 2))", 4).value();
            renderer.render(table);
            cells.eval("new Point(answer()).x + 1", 5);
            cells.complete("\"abc\".subs", 10);
            cells.isComplete("for (int i = 0; i < 3; i++) {");
        }
        System.out.printf("warm-up done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
