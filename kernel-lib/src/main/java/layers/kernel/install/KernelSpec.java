package layers.kernel.install;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a {@code kernel.json} file.
 *
 * @param argv          the command Jupyter runs, with {@code {connection_file}} where the connection file goes
 * @param displayName   the name in the kernel menu
 * @param language      the language the notebook front end highlights
 * @param interruptMode {@code message}: Jupyter interrupts by sending an interrupt_request on the control channel
 * @param env           environment variables Jupyter sets for the kernel process
 */
public record KernelSpec(List<String> argv, String displayName, String language, String interruptMode,
                         Map<String, String> env) {

    public KernelSpec {
        argv = List.copyOf(argv);
        env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }

    /** The spec as pretty-printed JSON, fields in a stable order, ending with a newline. */
    public String toJson() {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        sb.append("  \"argv\": [\n");
        for (int i = 0; i < argv.size(); i++) {
            sb.append("    ").append(quote(argv.get(i))).append(i + 1 < argv.size() ? ",\n" : "\n");
        }
        sb.append("  ],\n");
        sb.append("  \"display_name\": ").append(quote(displayName)).append(",\n");
        sb.append("  \"language\": ").append(quote(language)).append(",\n");
        sb.append("  \"interrupt_mode\": ").append(quote(interruptMode)).append(",\n");
        sb.append("  \"env\": {");
        int n = 0;
        for (Map.Entry<String, String> e : env.entrySet()) {
            sb.append(n++ == 0 ? "\n" : ",\n");
            sb.append("    ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
        }
        sb.append(n == 0 ? "},\n" : "\n  },\n");
        sb.append("  \"metadata\": {}\n");
        sb.append("}\n");
        return sb.toString();
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
