package layers.grading.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownNotebookTest {

    @Test
    void proseJavaBlocksAndSplitsBecomeCells() {
        String markdown = """
                ---
                title: Welcome
                ---

                # Welcome

                Some prose.
                +++
                More prose, with a shell example that stays Markdown:

                ```bash
                ./course grade welcome.sum
                +++
                ```

                ```java
                int x = 1;

                x + 1
                ```

                ```java
                %grade welcome.sum
                ```
                """;
        List<NotebookCell> cells = MarkdownNotebook.parse(markdown, "00-welcome.md");

        assertEquals(List.of(
                new NotebookCell(false, "# Welcome\n\nSome prose.", 5),
                new NotebookCell(false, "More prose, with a shell example that stays Markdown:\n\n```bash\n"
                        + "./course grade welcome.sum\n+++\n```", 9),
                new NotebookCell(true, "int x = 1;\n\nx + 1", 17),
                new NotebookCell(true, "%grade welcome.sum", 23)), cells);
    }

    @Test
    void anUnclosedJavaBlockIsAnErrorAtItsLine() {
        assertEquals("n.md:3: the ```java block that starts here is never closed",
                assertThrows(ReleaseException.class,
                        () -> MarkdownNotebook.parse("text\n\n```java\nint x;\n", "n.md")).getMessage());
    }
}
