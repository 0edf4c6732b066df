"""A kernel survives what learners' code does to it: endless loops, System.exit, running out of memory or stack.

Each test starts a kernel of its own.
"""

import time

from harness import Kernel

INTERRUPT_LIMIT = 2.0


def _assert_still_working(k: Kernel):
    assert k.is_alive(), "the kernel process ended"
    assert k.value("keptBefore + 1") == "43", "a variable defined before the trouble was lost"
    assert k.value("2 * 21") == "42"


def test_interrupt_stops_a_tight_loop_and_keeps_state(fresh_kernel: Kernel):
    k = fresh_kernel
    k.ok("long x = 0;\nint keptBefore = 42;")
    ex = k.send("while (true) { x++; }")
    time.sleep(1.0)
    assert ex.reply is None
    interrupted = time.monotonic()
    k.interrupt()
    k.collect(ex, timeout=30)
    took = ex.finished - interrupted
    assert took <= INTERRUPT_LIMIT, f"the loop stopped {took:.2f} s after the interrupt\n{ex.describe()}"
    assert ex.status in ("error", "abort"), ex.describe()
    assert k.value("x > 0") == "true"
    _assert_still_working(k)


def test_system_exit_ends_the_cell_not_the_kernel(fresh_kernel: Kernel):
    k = fresh_kernel
    k.ok("int keptBefore = 42;")
    ex = k.execute("System.exit(3);")
    assert ex.status == "error", ex.describe()
    assert "exit" in ex.error_text.lower(), ex.error_text
    _assert_still_working(k)


def test_out_of_memory_ends_the_cell_not_the_kernel(fresh_kernel: Kernel):
    k = fresh_kernel
    k.ok("int keptBefore = 42;")
    ex = k.execute("var l = new java.util.ArrayList<long[]>(); while (true) l.add(new long[1_000_000]);",
                   timeout=180)
    assert ex.status == "error", ex.describe()
    assert "OutOfMemoryError" in ex.error_text, ex.error_text
    _assert_still_working(k)


def test_stack_overflow_ends_the_cell_not_the_kernel(fresh_kernel: Kernel):
    k = fresh_kernel
    k.ok("int keptBefore = 42;\nint down(int n) { return down(n + 1) + 1; }")
    ex = k.execute("down(0)", timeout=120)
    assert ex.status == "error", ex.describe()
    assert "StackOverflowError" in ex.error_text, ex.error_text
    assert len(ex.traceback_lines) < 60, "the traceback of a stack overflow should be cut short"
    _assert_still_working(k)
