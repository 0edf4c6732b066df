package layers.kernel.magic;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/** {@code %%html} and {@code %%markdown}: the cell's body shown as HTML or Markdown. */
public final class RichTextMagic implements Magic {

    private final String mimeType;

    private RichTextMagic(String mimeType) {
        this.mimeType = mimeType;
    }

    public static RichTextMagic html() {
        return new RichTextMagic("text/html");
    }

    public static RichTextMagic markdown() {
        return new RichTextMagic("text/markdown");
    }

    @Override
    public Object run(String arguments, String body, MagicContext context) {
        DisplayData data = new DisplayData(body);
        data.putData(mimeType, body);
        return data;
    }
}
