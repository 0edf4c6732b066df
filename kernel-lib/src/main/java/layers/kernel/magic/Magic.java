package layers.kernel.magic;

/**
 * A line magic ({@code %name arguments}) or cell magic ({@code %%name arguments} followed by a body). It returns
 * the cell's value, or {@link #NO_VALUE}.
 */
@FunctionalInterface
public interface Magic {

    /** Returned by a magic that shows nothing as the cell's value. */
    Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "(no value)";
        }
    };

    /**
     * @param arguments the rest of the magic's line, as typed
     * @param body      a cell magic's body; empty for a line magic
     */
    Object run(String arguments, String body, MagicContext context) throws Exception;
}
