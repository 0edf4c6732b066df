package layers.kernel.magic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code %load FILE} runs a file of Java snippets (a {@code .jsh} or {@code .java} file) as if typed in the cell. */
public final class LoadMagic implements Magic {

    @Override
    public Object run(String arguments, String body, MagicContext context) throws IOException {
        String name = arguments.strip();
        if (name.isEmpty()) {
            throw new MagicError("%load needs a file name, e.g. %load helpers.jsh");
        }
        if (name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\""))) {
            name = name.substring(1, name.length() - 1);
        }
        Path file = context.workingDirectory().resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            throw new MagicError("%load: no file " + file);
        }
        return context.evalCell(Files.readString(file, StandardCharsets.UTF_8));
    }
}
