package layers.kernel.magic;

import layers.kernel.magic.CellSegments.CellMagicCall;
import layers.kernel.magic.CellSegments.Code;
import layers.kernel.magic.CellSegments.LineMagicCall;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellSegmentsTest {

    @Test
    void plainJavaIsOneSegment() {
        assertEquals(List.of(new Code("int a = 1;\na")), CellSegments.split("int a = 1;\na"));
    }

    @Test
    void lineMagicsSplitTheCellAndLaterCodeKeepsItsLineNumbers() {
        List<CellSegments.Segment> parts = CellSegments.split("int a = 1;\n%maven g:a:1\nint b = a;");
        assertEquals(new Code("int a = 1;\n"), parts.get(0));
        assertEquals(new LineMagicCall("maven", "g:a:1", 2), parts.get(1));
        assertEquals(new Code("\n\nint b = a;"), parts.get(2));
    }

    @Test
    void aCellMagicTakesTheWholeBody() {
        assertEquals(List.of(new CellMagicCall("html", "", "<b>x</b>\n<i>y</i>")),
                CellSegments.split("%%html\n<b>x</b>\n<i>y</i>"));
    }

    @Test
    void theModuloOperatorAtTheStartOfALineIsNotAMagic() {
        assertEquals(1, CellSegments.split("int r = 7\n  % 3;").size());
    }
}
