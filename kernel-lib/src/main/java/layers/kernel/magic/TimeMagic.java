package layers.kernel.magic;

import java.util.Locale;

/** {@code %time CODE} and {@code %%time}: runs the code and prints how long it took (wall-clock time). */
public final class TimeMagic implements Magic {

    @Override
    public Object run(String arguments, String body, MagicContext context) {
        String code = body.isEmpty() ? arguments : body;
        if (code.isBlank()) {
            throw new MagicError("%time needs code to run, e.g. %time mine(difficulty)");
        }
        long start = System.nanoTime();
        try {
            return context.evalCell(code);
        } finally {
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.println(ms < 1000
                    ? String.format(Locale.ROOT, "Wall time: %.1f ms", ms)
                    : String.format(Locale.ROOT, "Wall time: %.2f s", ms / 1000));
        }
    }
}
