"""Running cells: results, state across cells, output streams and error reports."""

import re

from harness import Kernel


def test_an_expression_gives_its_value(kernel: Kernel):
    assert kernel.value("1 + 1") == "2"


def test_only_the_last_expression_of_a_cell_is_a_result(kernel: Kernel):
    ex = kernel.ok("int lastA = 1;\nint lastB = 2;\nlastA + lastB")
    assert [r["data"].get("text/plain") for r in ex.results] == ["3"], ex.describe()
    assert "==>" not in ex.stream("stdout"), ex.describe()


def test_variables_persist_across_cells(kernel: Kernel):
    kernel.ok("int persisted = 41;")
    assert kernel.value("persisted + 1") == "42"


def test_redefining_a_method_takes_effect(kernel: Kernel):
    kernel.ok("int redefined() { return 1; }")
    assert kernel.value("redefined()") == "1"
    kernel.ok("int redefined() { return 2; }")
    assert kernel.value("redefined()") == "2"


def test_redefining_a_class_takes_effect(kernel: Kernel):
    kernel.ok("class Redefined { int version() { return 1; } }")
    assert kernel.value("new Redefined().version()") == "1"
    kernel.ok("class Redefined { int version() { return 2; } }")
    assert kernel.value("new Redefined().version()") == "2"


def test_standard_output_arrives_while_the_cell_runs(kernel: Kernel):
    ex = kernel.ok('System.out.println("first");\nThread.sleep(1500);\nSystem.out.println("second");')
    streams = [(t, m["content"]) for t, m in ex.timed("stream") if m["content"].get("name") == "stdout"]
    assert streams, ex.describe()
    first = next((t for t, c in streams if "first" in c.get("text", "")), None)
    assert first is not None, ex.describe()
    assert "second" in ex.stream("stdout"), ex.describe()
    assert ex.finished - first > 1.0, (
        f"'first' arrived only {ex.finished - first:.2f} s before the cell finished: output is held back\n"
        + ex.describe())


def test_standard_error_is_its_own_stream(kernel: Kernel):
    ex = kernel.ok('System.err.println("to standard error");')
    assert "to standard error" in ex.stream("stderr"), ex.describe()
    assert "to standard error" not in ex.stream("stdout"), ex.describe()


def test_a_compile_error_shows_line_column_and_a_caret(kernel: Kernel):
    ex = kernel.execute('int fine = 1;\nint broken = "text";')
    assert ex.status == "error", ex.describe()
    text = ex.error_text
    assert re.search(r"\bline\s+2\b", text, re.IGNORECASE), text
    assert re.search(r"\bcolumn\s+\d+", text, re.IGNORECASE), text
    # a caret under the error, possibly followed by ~ to underline the rest of it
    assert any(re.fullmatch(r"\s*\^[\^~]*\s*", line) for line in text.splitlines()), text


def test_a_runtime_exception_has_a_short_traceback(kernel: Kernel):
    kernel.ok('void failDeep(int n) {\n'
              '    if (n == 0) throw new IllegalStateException("deliberate failure");\n'
              '    failDeep(n - 1);\n'
              '}')
    ex = kernel.execute("failDeep(3);")
    assert ex.status == "error", ex.describe()
    text = ex.error_text
    assert "IllegalStateException" in text, text
    assert "deliberate failure" in text, text
    assert "jdk.jshell" not in text, text
    assert "org.dflib" not in text, text
    assert len(ex.traceback_lines) < 30, text


def test_default_imports_cover_charts_tables_and_collections(kernel: Kernel):
    ex = kernel.ok('XYChart importedChart = new XYChartBuilder().width(200).height(100).build();\n'
                   'Table importedTable = Table.create("imported");\n'
                   'List<Integer> importedList = new ArrayList<>();\n'
                   'importedChart.getClass().getSimpleName() + "/" + importedTable.name() + "/" + importedList.size()')
    assert "XYChart/imported/0" in ex.result_text, ex.describe()
