package layers.grading.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookJsonTest {

    @Test
    void writesNbformatFourPointFiveAsJupyterDoes() {
        String json = NotebookJson.write(List.of(
                new NotebookCell(false, "# Título \"quoted\"\nline two", 1),
                new NotebookCell(true, "int x = 1;\tx\\n", 4)), "00-welcome");

        assertEquals("""
                {
                 "cells": [
                  {
                   "cell_type": "markdown",
                   "id": "00-welcome-0",
                   "metadata": {},
                   "source": [
                    "# Título \\"quoted\\"\\n",
                    "line two"
                   ]
                  },
                  {
                   "cell_type": "code",
                   "execution_count": null,
                   "id": "00-welcome-1",
                   "metadata": {},
                   "outputs": [],
                   "source": [
                    "int x = 1;\\tx\\\\n"
                   ]
                  }
                 ],
                 "metadata": {
                  "kernelspec": {
                   "display_name": "Java (Layers)",
                   "language": "java",
                   "name": "layers"
                  },
                  "language_info": {
                   "name": "java"
                  }
                 },
                 "nbformat": 4,
                 "nbformat_minor": 5
                }
                """, json);
    }

    @Test
    void cellIdsAreStableAndValid() {
        assertEquals("02-pow-and-difficulty-12", NotebookJson.cellId("02-pow-and-difficulty", 12));
        assertEquals("a-b-3", NotebookJson.cellId("a.b", 3));
        assertEquals(64, NotebookJson.cellId("x".repeat(100), 7).length());
    }
}
