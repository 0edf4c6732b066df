"""Rich display: charts, tables, images, display updates and progress bars."""

from harness import Kernel, is_png


def _single_display(ex, mime):
    bundles = [d for d in (c.get("data", {}) for c in ex.displays) if mime in d]
    assert bundles, f"no display_data with {mime}\n{ex.describe()}"
    return bundles[0]


def test_an_xy_chart_displays_as_png(kernel: Kernel):
    ex = kernel.ok('var xyShown = new org.knowm.xchart.XYChartBuilder().width(400).height(300).title("xy").build();\n'
                   'xyShown.addSeries("squares", new double[] {1, 2, 3}, new double[] {1, 4, 9});\n'
                   'display(xyShown);')
    assert is_png(_single_display(ex, "image/png")["image/png"]), ex.describe()


def test_a_category_chart_displays_as_png(kernel: Kernel):
    ex = kernel.ok('var categoryShown = new org.knowm.xchart.CategoryChartBuilder().width(400).height(300).build();\n'
                   'categoryShown.addSeries("blocks", java.util.List.of("L1", "L2"), java.util.List.of(3, 5));\n'
                   'display(categoryShown);')
    assert is_png(_single_display(ex, "image/png")["image/png"]), ex.describe()


def test_a_pie_chart_displays_as_png(kernel: Kernel):
    ex = kernel.ok('var pieShown = new org.knowm.xchart.PieChartBuilder().width(300).height(300).build();\n'
                   'pieShown.addSeries("L1", 60);\n'
                   'pieShown.addSeries("L2", 40);\n'
                   'display(pieShown);')
    assert is_png(_single_display(ex, "image/png")["image/png"]), ex.describe()


def test_a_chart_can_be_displayed_as_svg(kernel: Kernel):
    ex = kernel.ok('var svgShown = new org.knowm.xchart.XYChartBuilder().width(400).height(300).build();\n'
                   'svgShown.addSeries("line", new double[] {0, 1}, new double[] {0, 1});\n'
                   'display(svgShown, "image/svg+xml");')
    svg = _single_display(ex, "image/svg+xml")["image/svg+xml"]
    assert "<svg" in svg, svg[:300]


def test_a_table_displays_as_html_and_text(kernel: Kernel):
    ex = kernel.ok('var tableShown = tech.tablesaw.api.Table.create("blocks",\n'
                   '    tech.tablesaw.api.IntColumn.create("height", 1, 2, 3));\n'
                   'display(tableShown);')
    data = _single_display(ex, "text/html")
    assert "<table" in data["text/html"], data["text/html"][:300]
    assert data.get("text/plain", "").strip(), ex.describe()


def test_a_buffered_image_displays_as_png(kernel: Kernel):
    ex = kernel.ok('var imageShown = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);\n'
                   'display(imageShown);')
    assert is_png(_single_display(ex, "image/png")["image/png"]), ex.describe()


def test_update_display_replaces_a_display(kernel: Kernel):
    ex = kernel.ok('String shownId = display("before the update");\n'
                   'updateDisplay(shownId, "after the update");')
    displays = ex.displays
    assert displays, ex.describe()
    display_id = displays[0].get("transient", {}).get("display_id")
    assert display_id, f"display_data has no transient display_id\n{ex.describe()}"
    assert "before the update" in displays[0]["data"].get("text/plain", ""), ex.describe()
    updates = ex.updates
    assert updates, f"no update_display_data\n{ex.describe()}"
    assert updates[-1].get("transient", {}).get("display_id") == display_id, ex.describe()
    assert "after the update" in updates[-1]["data"].get("text/plain", ""), ex.describe()


def test_a_progress_bar_is_displayed_then_updated(kernel: Kernel):
    ex = kernel.ok('var progressShown = progress("demo", 10);\n'
                   'for (int i = 0; i < 10; i++) { progressShown.step(); }')
    kinds = [m["msg_type"] for m in ex.messages("display_data", "update_display_data")]
    assert kinds and kinds[0] == "display_data", ex.describe()
    assert "update_display_data" in kinds, ex.describe()
    display_id = ex.displays[0].get("transient", {}).get("display_id")
    assert display_id, ex.describe()
    assert all(u.get("transient", {}).get("display_id") == display_id for u in ex.updates), ex.describe()
