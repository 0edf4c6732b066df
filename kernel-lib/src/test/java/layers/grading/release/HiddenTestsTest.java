package layers.grading.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HiddenTestsTest {

    @Test
    void removesHiddenMethodsWithTheirAnnotationsCommentsAndImport() {
        String source = """
                package x;

                import layers.grading.Hidden;
                import org.junit.jupiter.api.Test;

                class SumTest {

                    @Test
                    void visible() {
                        check("}");
                    }

                    /** Catches solutions fitted to the visible tests. */
                    @Test
                    @Hidden
                    @ValueSource(ints = {1, 2})
                    void hidden(int x) {
                        if (x > 0) { check("{"); } // a brace in a comment: }
                        String s = \"""
                            }}}
                            \""";
                    }

                    @Test
                    void alsoVisible() {
                    }

                    @Test
                    @Hidden
                    void lastAndHidden() {
                    }
                }
                """;
        assertEquals("""
                package x;

                import org.junit.jupiter.api.Test;

                class SumTest {

                    @Test
                    void visible() {
                        check("}");
                    }

                    @Test
                    void alsoVisible() {
                    }
                }
                """, HiddenTests.strip(source, "SumTest.java").orElseThrow());
    }

    @Test
    void removesAHiddenNestedClass() {
        String source = """
                class SumTest {
                    @Test
                    void visible() {
                    }

                    @Nested
                    @Hidden
                    class Edges {
                        @Test
                        void one() {
                        }
                    }
                }""";
        assertEquals("""
                class SumTest {
                    @Test
                    void visible() {
                    }
                }""", HiddenTests.strip(source, "SumTest.java").orElseThrow());
    }

    @Test
    void aHiddenTopLevelClassHidesTheWholeFile() {
        assertTrue(HiddenTests.strip("import a.B;\n\n@Hidden\nclass SecretTest {\n}\n", "SecretTest.java").isEmpty());
    }

    @Test
    void aFileWithoutHiddenTestsIsUnchanged() {
        String source = "class SumTest {\n    @Test\n    void a() {\n    }\n}\n";
        assertEquals(source, HiddenTests.strip(source, "SumTest.java").orElseThrow());
    }
}
