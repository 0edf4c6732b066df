package layers.grading.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SolutionRegionsTest {

    private static final String SOLVED = """
            class MySum {
                long sum(long[] amounts) {
                    // BEGIN SOLUTION welcome.sum
                    long total = 0;
                    return total;
                    // END SOLUTION
                }
            }""";

    @Test
    void aRegionBecomesTheDefaultStubAtItsIndentation() {
        assertEquals("""
                class MySum {
                    long sum(long[] amounts) {
                        throw new UnsupportedOperationException("exercise welcome.sum: not written yet — see the hints above");
                    }
                }""", SolutionRegions.stub(SOLVED, "MySum.java"));
    }

    @Test
    void theSolvedVersionKeepsTheCodeWithoutTheMarkers() {
        assertEquals("""
                class MySum {
                    long sum(long[] amounts) {
                        long total = 0;
                        return total;
                    }
                }""", SolutionRegions.solve(SOLVED, "MySum.java"));
    }

    @Test
    void anExplicitStubReplacesTheRegionAndAnEmptyOneRemovesIt() {
        String source = """
                int size() {
                    // BEGIN SOLUTION pow.retarget stub: return 0;
                    return items.size();
                    // END SOLUTION
                }
                // BEGIN SOLUTION pow.retarget stub:
                private int helper() { return 1; }
                // END SOLUTION
                """;
        assertEquals("""
                int size() {
                    return 0;
                }
                """, SolutionRegions.stub(source, "X.java"));
        assertEquals(Set.of("pow.retarget"), SolutionRegions.exerciseIds(source));
    }

    @Test
    void malformedMarkersAreErrorsNamingTheFileAndLine() {
        assertEquals("X.java:1: write the exercise id after BEGIN SOLUTION, e.g. // BEGIN SOLUTION welcome.sum",
                assertThrows(ReleaseException.class,
                        () -> SolutionRegions.stub("// BEGIN SOLUTION\n// END SOLUTION", "X.java")).getMessage());
        assertEquals("X.java:2: BEGIN SOLUTION is never closed with // END SOLUTION",
                assertThrows(ReleaseException.class,
                        () -> SolutionRegions.stub("a\n// BEGIN SOLUTION a.b\nb", "X.java")).getMessage());
        assertEquals("X.java:1: END SOLUTION without a BEGIN SOLUTION before it",
                assertThrows(ReleaseException.class,
                        () -> SolutionRegions.stub("// END SOLUTION", "X.java")).getMessage());
        assertEquals("X.java:2: BEGIN SOLUTION inside the region opened on line 1; close it with // END SOLUTION first",
                assertThrows(ReleaseException.class,
                        () -> SolutionRegions.stub("// BEGIN SOLUTION a.b\n// BEGIN SOLUTION a.b", "X.java"))
                        .getMessage());
        assertThrows(ReleaseException.class, () -> SolutionRegions.stub("x(); // BEGIN SOLUTION a.b", "X.java"));
    }

    @Test
    void sourceWithoutRegionsIsUnchanged() {
        String source = "interface SatoshiSum {\n    long sum(long[] amounts);\n}\n";
        assertEquals(source, SolutionRegions.stub(source, "SatoshiSum.java"));
    }
}
