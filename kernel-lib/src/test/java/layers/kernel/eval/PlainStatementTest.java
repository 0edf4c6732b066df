package layers.kernel.eval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainStatementTest {

    @ParameterizedTest
    @ValueSource(strings = {"x = 1;", "x += 1;", "x <<= 2;", "i++;", "i--;", "foo();", "a.b.c(1, 2);",
            "chart . addSeries(\"s\", xs, ys);", "// a comment\nlist.add(3);", "/* note */ total = total + 1;",
            "for (int i = 0; i < 3; i++) { }", "while (x < 3) x++;", "if (x) { }", "try { } finally { }",
            "do { } while (false);", "throw new IllegalStateException();", "synchronized (lock) { }",
            "format(\"%d\", 1);", "forEach(System.out::println);"})
    void callsAssignmentsAndControlStatementsArePlain(String snippet) {
        assertTrue(PlainStatement.isPlainStatement(snippet), snippet);
    }

    @ParameterizedTest
    @ValueSource(strings = {"int x = 1;", "var x = f();", "double d = 2;", "String s;", "Map<String, Integer> m = f();",
            "int[] a = {1};", "a[0] = 1;", "x == 1;", "record R(int a) { }", "void f() { }", "class C { }",
            "interface I { }", "enum E { A }", "@Deprecated void g() { }", "final int y = 2;", "new Foo().run();",
            "switch (x) { default -> 1; }", "import java.util.*;", "Foo.<T>bar();", "foo", "1 + 1",
            "format", "tryLock", "doSomething"})
    void declarationsAndAnythingUnsureAreNot(String snippet) {
        assertFalse(PlainStatement.isPlainStatement(snippet), snippet);
    }

    @ParameterizedTest
    @ValueSource(strings = {"for (;;) break;", "if (x) { }", "System.out.println(x);", "System.err.printf(\"%d\", 1)",
            "// then\nSystem.out.print(1)"})
    void statementsThatShowNothingAsTheLastOfACell(String snippet) {
        assertTrue(PlainStatement.hasNoValue(snippet), snippet);
    }

    @ParameterizedTest
    @ValueSource(strings = {"list.add(3)", "total = 4", "chart.addSeries(\"s\", xs, ys)", "System.out.checkError()"})
    void callsAndAssignmentsHaveAValueAsTheLastOfACell(String snippet) {
        assertFalse(PlainStatement.hasNoValue(snippet), snippet);
    }
}
