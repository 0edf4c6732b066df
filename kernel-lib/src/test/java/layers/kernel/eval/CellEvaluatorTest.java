package layers.kernel.eval;

import jdk.jshell.Snippet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellEvaluatorTest {

    private static CellEvaluator cells;

    @BeforeAll
    static void startJShell() {
        cells = new CellEvaluator(CellEvaluatorTest.class.getClassLoader(), System.getProperty("java.class.path"),
                Duration.ZERO);
    }

    @AfterAll
    static void stopJShell() {
        cells.close();
    }

    private static CellEvaluator freshEvaluator() {
        return new CellEvaluator(CellEvaluatorTest.class.getClassLoader(), System.getProperty("java.class.path"),
                Duration.ZERO);
    }

    @Test
    void importsAddedTogetherAreOneSnippetAndAllTakeEffect() {
        try (CellEvaluator fresh = freshEvaluator()) {
            fresh.importAll(java.util.List.of("import java.util.concurrent.atomic.AtomicLong;",
                    "import java.util.zip.*;", "import static java.lang.Math.floorMod;"));
            assertEquals(1, fresh.shell().imports().count(), "the imports are one snippet");
            assertEquals(1L, fresh.eval("new AtomicLong(1).get()", 1).value());
            assertEquals(3, fresh.eval("floorMod(-1, 4)", 2).value());
            // A cell that repeats one of them (not the first) adds its own snippet and removes none.
            fresh.eval("import java.util.zip.*;", 3);
            assertTrue(fresh.eval("new CRC32() != null && new AtomicLong(2).get() == 2", 4).value() instanceof Boolean);
        }
    }

    @Test
    void importsThatCannotBeOneSnippetAreAddedOneByOneAndTheBadOneIsNamed() {
        try (CellEvaluator fresh = freshEvaluator()) {
            CompileError e = assertThrows(CompileError.class, () -> fresh.importAll(java.util.List.of(
                    "import java.util.zip.*;", "import no.such.pkg.*;", "import java.util.concurrent.atomic.*;")));
            assertTrue(e.getMessage().contains("no.such.pkg"), e.getMessage());
            assertEquals(0L, fresh.eval("new CRC32().getValue()", 1).value(), "the import before the bad one stays");
        }
    }

    @Test
    void valueOfACellIsItsLastExpression() {
        CellEvaluator.Result r = cells.eval("int a = 2;\nint b = 21;\na * b", 1);
        assertTrue(r.hasValue());
        assertEquals(42, r.value());
    }

    @Test
    void declarationsAndStatementsHaveNoValue() {
        assertFalse(cells.eval("int c = 3;", 1).hasValue());
        assertFalse(cells.eval("if (c > 1) { c++; }", 2).hasValue());
    }

    @Test
    void theResultIsTheRealObjectNotItsString() {
        Object value = cells.eval("new StringBuilder(\"ab\")", 1).value();
        assertTrue(value instanceof StringBuilder);
    }

    @Test
    void variablesLiveFromOneCellToTheNext() {
        cells.eval("long counter = 10;", 1);
        cells.eval("counter += 5;", 2);
        assertEquals(15L, cells.eval("counter", 3).value());
    }

    @Test
    void aMethodRedefinedInALaterCellReplacesTheOldOne() {
        cells.eval("int answer() { return 1; }", 1);
        assertEquals(1, cells.eval("answer()", 2).value());
        cells.eval("int answer() { return 2; }", 3);
        assertEquals(2, cells.eval("answer()", 4).value());
    }

    @Test
    void aClassRedefinedInALaterCellReplacesTheOldOne() {
        cells.eval("class Box { int v() { return 1; } }", 1);
        assertEquals(1, cells.eval("new Box().v()", 2).value());
        cells.eval("class Box { int v() { return 7; } }", 3);
        assertEquals(7, cells.eval("new Box().v()", 4).value());
    }

    @Test
    void aCompileErrorNamesLineAndColumnOfTheCellAndPointsAtTheFault() {
        CompileError e = assertThrows(CompileError.class,
                () -> cells.eval("int fine = 1;\nint broken = nowhere + 1;", 5));
        CompileError.Problem p = e.problems().get(0);
        assertEquals(new SourcePosition(2, 14), p.position());
        assertTrue(e.report().get(0).contains("line 2, column 14"), e.report().toString());
        assertEquals("    int broken = nowhere + 1;", e.report().get(1));
        assertEquals("    " + " ".repeat(13) + "^" + "~".repeat(6), e.report().get(2));
        // The snippet before the error still ran.
        assertEquals(1, cells.eval("fine", 6).value());
    }

    private static long blocksCompiled(CellEvaluator evaluator) {
        return evaluator.shell().snippets()
                .filter(sn -> sn.source().startsWith("{") && evaluator.shell().status(sn) == Snippet.Status.VALID)
                .count();
    }

    @Test
    void consecutiveStatementsAreCompiledAsOneBlockAndTheLastValueIsStillTheResult() {
        try (CellEvaluator fresh = freshEvaluator()) {
            CellEvaluator.Result r = fresh.eval("int total = 0;\ntotal += 1;\n// more\ntotal += 2;\n"
                    + "for (int i = 0; i < 3; i++) { total++; }\njava.util.Objects.hash(total);\ntotal * 10", 1);
            assertEquals(60, r.value());
            assertEquals(1, blocksCompiled(fresh), "the four statements were one block");
            // A last statement that shows nothing joins the run; a last expression does not.
            assertFalse(fresh.eval("total = 1;\nSystem.out.println(total)", 2).hasValue());
            assertEquals(2, blocksCompiled(fresh));
            assertEquals(3, fresh.eval("total = 2;\ntotal += 1;\ntotal", 3).value());
            // A run that ends in a throw is still one block, and the statements before it ran.
            assertThrows(RuntimeError.class,
                    () -> fresh.eval("total = 5;\nif (total > 4) total++;\nthrow new IllegalStateException();", 4));
            assertEquals(4, blocksCompiled(fresh), "the run that ends in a throw is the fourth block");
            assertEquals(6, fresh.eval("total", 5).value());
        }
    }

    @Test
    void aStatementThatDoesNotCompileStopsTheCellAfterTheOnesBeforeItRan() {
        try (CellEvaluator fresh = freshEvaluator()) {
            fresh.eval("int count = 0;", 1);
            CompileError e = assertThrows(CompileError.class,
                    () -> fresh.eval("count += 1;\ncount += 2;\ncount += nowhere;\ncount += 100;", 2));
            assertEquals(new SourcePosition(3, 10), e.problems().get(0).position());
            assertEquals(3, fresh.eval("count", 3).value(), "the two statements before the fault ran, not the one after");
            assertEquals(0, blocksCompiled(fresh));
        }
    }

    @Test
    void aStatementThatThrowsInABlockIsPlacedOnItsLineOfTheCell() {
        try (CellEvaluator fresh = freshEvaluator()) {
            fresh.eval("int steps = 0;", 1);
            RuntimeError e = assertThrows(RuntimeError.class,
                    () -> fresh.eval("steps = 1;\nsteps++;\n\nInteger.parseInt(\"x\" + steps);\nsteps = 9;", 2));
            assertEquals(1, blocksCompiled(fresh));
            String report = String.join("\n", e.report());
            assertTrue(report.contains("(cell [2], line 4)"), report);
            assertEquals(2, fresh.eval("steps", 3).value(), "the statements before ran, the one after did not");
        }
    }

    @Test
    void aRuntimeErrorIsPlacedByCellAndLineWithoutKernelFrames() {
        cells.eval("int divide(int a) {\n  int zero = 0;\n  return a / zero;\n}", 3);
        RuntimeError e = assertThrows(RuntimeError.class, () -> cells.eval("int z = 5;\ndivide(z)", 4));
        assertEquals("java.lang.ArithmeticException", e.exceptionClass());
        String report = String.join("\n", e.report());
        assertTrue(report.contains("java.lang.ArithmeticException: / by zero"), report);
        assertTrue(report.contains("at divide (cell [3], line 3)"), report);
        assertTrue(report.contains("(cell [4], line 2)"), report);
        assertFalse(report.contains("jdk.jshell"), report);
        assertFalse(report.contains("layers.kernel"), report);
    }

    @Test
    void systemExitEndsTheCellNotTheJvm() {
        cells.eval("int kept = 9;", 1);
        RuntimeError e = assertThrows(RuntimeError.class, () -> cells.eval("System.exit(3)", 2));
        assertTrue(e.getMessage().contains("System.exit(3)"), e.getMessage());
        assertEquals(9, cells.eval("kept", 3).value());
    }

    @Test
    void runtimeExitAndHaltAreContainedToo() {
        assertThrows(RuntimeError.class, () -> cells.eval("Runtime.getRuntime().halt(1)", 1));
        assertThrows(RuntimeError.class, () -> cells.eval("Runtime.getRuntime().exit(1)", 2));
    }

    @Test
    void infiniteRecursionIsAClearError() {
        cells.eval("int down(int n) { return down(n + 1) + 1; }", 1);
        RuntimeError e = assertThrows(RuntimeError.class, () -> cells.eval("down(0)", 2));
        assertTrue(e.getMessage().startsWith("StackOverflowError: the recursion went too deep"), e.getMessage());
        assertTrue(e.getMessage().contains("down (cell [1], line 1)"), e.getMessage());
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aTightLoopStopsWhenTheCellIsInterrupted() throws Exception {
        cells.eval("int before = 12;", 1);
        Thread interrupter = new Thread(() -> {
            sleep(300);
            cells.stop();
        });
        interrupter.start();
        long start = System.nanoTime();
        RuntimeError e = assertThrows(RuntimeError.class, () -> cells.eval("long spins = 0; while (true) { spins++; }", 2));
        interrupter.join();
        assertTrue(e.getMessage().startsWith("Stopped"), e.getMessage());
        assertTrue((System.nanoTime() - start) / 1e9 < 2.0, "stopping took too long");
        assertEquals(12, cells.eval("before", 3).value());
    }

    @Test
    void aCellTimeLimitStopsALoopThatRunsTooLong() {
        try (CellEvaluator limited = new CellEvaluator(getClass().getClassLoader(), "", Duration.ofSeconds(1))) {
            RuntimeError e = assertThrows(RuntimeError.class, () -> limited.eval("while (true) { }", 1));
            assertTrue(e.getMessage().contains("time limit of 1 s"), e.getMessage());
            assertEquals(3, limited.eval("1 + 2", 2).value());
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void anInterruptThatArrivesBeforeTheCodeRunsStillStopsIt() {
        cells.eval("int still = 5;", 1);
        // The interrupt lands while the cell is being compiled, before any of it runs.
        Thread interrupter = new Thread(cells::stop);
        CellEvaluator.Result[] r = new CellEvaluator.Result[1];
        RuntimeError e = assertThrows(RuntimeError.class, () -> {
            cells.shell(); // the cell has started
            interrupter.start();
            interrupter.join();
            r[0] = cells.evalWithinCell("while (true) { }", 2);
        });
        assertTrue(e.getMessage().startsWith("Stopped"), e.getMessage());
        assertEquals(5, cells.eval("still", 3).value());
    }

    @Test
    void printfAsTheLastStatementShowsNoValue() {
        assertFalse(cells.eval("System.out.printf(\"%d%n\", 7)", 1).hasValue());
    }

    @Test
    void isCompleteTellsJupyterWhetherToWaitForMoreLines() {
        assertEquals("complete", cells.isComplete("int q = 1;"));
        assertEquals("    ", cells.isComplete("for (int i = 0; i < 3; i++) {"));
        assertEquals("invalid", cells.isComplete("int q = ;"));
    }

    @Test
    void definedClassesAreFoundByTheirContractNewestVersionOnly() {
        cells.eval("class Job implements Runnable { public void run() { } }", 1);
        assertEquals("Job", cells.definedClassesAssignableTo(Runnable.class).get(0).getSimpleName());
        cells.eval("class Job { }", 2);
        assertTrue(cells.definedClassesAssignableTo(Runnable.class).stream()
                .noneMatch(c -> c.getSimpleName().equals("Job")));
    }

    @Test
    void completionOffersMembersAndSaysWhatItReplaces() {
        CellEvaluator.Completions c = cells.complete("int w = 1;\n\"abc\".subs", 20);
        assertTrue(c.candidates().contains("substring("), c.candidates().toString());
        assertEquals(17, c.start());
    }

    @Test
    void inspectionShowsTheSignature() {
        assertTrue(cells.inspect("Math.max(1, 2)", 6).orElseThrow().contains("int Math.max(int a, int b)"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
