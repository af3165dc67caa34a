package org.backcare.report;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.backcare.progress.ProgressSummary;
import org.backcare.report.PdfRendering.Rendered;
import org.jfree.chart.JFreeChart;

/**
 * A client's progress as a one-page A4 PDF: the page is laid out as XHTML by openhtmltopdf, and JFreeChart draws
 * each chart as vectors straight into the PDF through openhtmltopdf's Graphics2D bridge.
 */
public final class ProgressPdf {
    /** Smaller charts make room for a long list of changes; that list is never cut, so past it the page overflows. */
    private static final double[] CHART_SCALES = {1, 0.75, 0.5};

    private ProgressPdf() {}

    public static byte[] render(ProgressSummary summary) throws IOException {
        Rendered rendered = null;
        for (var chartScale : CHART_SCALES) {
            rendered = render(summary, chartScale);
            if (rendered.pages() == 1) {
                break;
            }
        }
        return rendered.pdf();
    }

    private static Rendered render(ProgressSummary summary, double chartScale) throws IOException {
        var page = new ProgressHtml(summary, chartScale);
        var drawers = new DefaultObjectDrawerFactory();
        page.charts().forEach((type, chart) -> drawers.registerDrawer(type, drawer(chart)));
        return PdfRendering.render(PdfRendering.builder(page.xhtml()).useObjectDrawerFactory(drawers), summary.asOf());
    }

    private static FSObjectDrawer drawer(JFreeChart chart) {
        return (element, x, y, width, height, device, context, dotsPerPixel) -> {
            var w = (float) width / dotsPerPixel;
            var h = (float) height / dotsPerPixel;
            device.drawWithGraphics((float) x, (float) y, w, h, g -> chart.draw(g, new Rectangle2D.Double(0, 0, w, h)));
            return null;
        };
    }
}
