package layers.l1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the CSV files under {@code src/test/resources/vectors}. */
public final class TestVectors {

    private TestVectors() {
    }

    /**
     * The rows of {@code vectors/<name>} after its header, each split into {@code columns} fields; the last field
     * keeps any commas (so a message or a comment may contain them).
     */
    public static List<String[]> csv(String name, int columns) {
        String path = "/vectors/" + name;
        try (InputStream in = TestVectors.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", columns));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
