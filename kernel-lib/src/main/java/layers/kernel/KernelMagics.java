package layers.kernel;

import layers.kernel.magic.ClasspathMagic;
import layers.kernel.magic.GradeMagic;
import layers.kernel.magic.LoadMagic;
import layers.kernel.magic.MavenMagic;
import layers.kernel.magic.RichTextMagic;
import layers.kernel.magic.TimeMagic;

/** The magics every Layers notebook has, named as in IJava. */
final class KernelMagics {

    private KernelMagics() {
    }

    static void registerAll(LayersKernel kernel) {
        kernel.registerLineMagic("classpath", ClasspathMagic.classpath());
        kernel.registerLineMagic("jars", ClasspathMagic.jars());
        kernel.registerLineMagic("maven", new MavenMagic());
        kernel.registerLineMagic("load", new LoadMagic());
        kernel.registerLineMagic("time", new TimeMagic());
        kernel.registerCellMagic("time", new TimeMagic());
        kernel.registerLineMagic("grade", new GradeMagic());
        kernel.registerCellMagic("html", RichTextMagic.html());
        kernel.registerCellMagic("markdown", RichTextMagic.markdown());
    }
}
