package layers.bench.kernel;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import layers.kernel.DefaultImports;
import layers.kernel.eval.CellEvaluator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How much compiling the notebooks cost the kernel, without Jupyter: replays every code cell of the learner notebooks
 * through the kernel's {@link CellEvaluator}, first each notebook in a JShell of its own (as a kernel per notebook,
 * but in one warm JVM), then all of them in one JShell (one learner's session). Prints, per notebook and in total,
 * the cells, the cells that stopped with an error (the exercise stubs throw), the JShell snippets made (each one a
 * javac compilation) and the time. Magic cells ({@code %grade}) are left out.
 *
 * <p>{@code ./course bench cells [NOTEBOOK_DIR]}
 */
public final class CellReplayBench {

    private CellReplayBench() {
    }

    record Replay(int cells, int errors, long snippets, double seconds) {
        Replay plus(Replay o) {
            return new Replay(cells + o.cells, errors + o.errors, snippets + o.snippets, seconds + o.seconds);
        }
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        PrintStream report = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)); // the cells'
        System.setErr(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)); // own output
        Path dir = Path.of(args.length > 0 ? args[0] : "notebooks");
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(dir)) {
            notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        if (notebooks.isEmpty()) {
            throw new IllegalArgumentException("no .ipynb notebooks in " + dir.toAbsolutePath());
        }
        List<List<String>> cells = new ArrayList<>();
        for (Path nb : notebooks) {
            cells.add(codeCells(nb));
        }
        report.printf(Locale.ROOT, "%-40s %6s %7s %9s %9s%n", "notebook (a JShell each)", "cells", "errors",
                "snippets", "seconds");
        Replay each = new Replay(0, 0, 0, 0);
        for (int i = 0; i < notebooks.size(); i++) {
            try (CellEvaluator evaluator = newEvaluator()) {
                Replay r = replay(evaluator, cells.get(i));
                print(report, notebooks.get(i).getFileName().toString(), r);
                each = each.plus(r);
            }
        }
        print(report, "each notebook in a JShell of its own", each);
        try (CellEvaluator evaluator = newEvaluator()) {
            List<String> session = cells.stream().flatMap(List::stream).toList();
            print(report, "all notebooks in one JShell", replay(evaluator, session));
        }
    }

    private static CellEvaluator newEvaluator() {
        CellEvaluator evaluator = new CellEvaluator(CellReplayBench.class.getClassLoader(),
                System.getProperty("java.class.path"), Duration.ZERO);
        evaluator.importAll(DefaultImports.IMPORTS);
        return evaluator;
    }

    private static Replay replay(CellEvaluator evaluator, List<String> cells) {
        long start = System.nanoTime();
        long before = evaluator.shell().snippets().count();
        int errors = 0;
        int number = 0;
        for (String cell : cells) {
            try {
                evaluator.eval(cell, ++number);
            } catch (RuntimeException e) {
                errors++;
            }
        }
        return new Replay(cells.size(), errors, evaluator.shell().snippets().count() - before,
                (System.nanoTime() - start) / 1e9);
    }

    private static void print(PrintStream report, String name, Replay r) {
        report.printf(Locale.ROOT, "%-40s %6d %7d %9d %9.1f%n", name, r.cells(), r.errors(), r.snippets(),
                r.seconds());
    }

    /** The notebook's code cells, without those that start with a magic. */
    static List<String> codeCells(Path notebook) throws IOException {
        JsonObject nb = JsonParser.parseString(Files.readString(notebook, StandardCharsets.UTF_8)).getAsJsonObject();
        List<String> cells = new ArrayList<>();
        for (JsonElement c : nb.getAsJsonArray("cells")) {
            JsonObject cell = c.getAsJsonObject();
            if (!cell.get("cell_type").getAsString().equals("code")) {
                continue;
            }
            JsonElement source = cell.get("source");
            StringBuilder text = new StringBuilder();
            if (source.isJsonArray()) {
                source.getAsJsonArray().forEach(line -> text.append(line.getAsString()));
            } else {
                text.append(source.getAsString());
            }
            if (!text.toString().stripLeading().startsWith("%")) {
                cells.add(text.toString());
            }
        }
        return cells;
    }
}
