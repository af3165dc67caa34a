package org.backcare.report;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.logging.Level;
import org.backcare.progress.ProgressSummary;
import org.jfree.chart.JFreeChart;

/**
 * A client's progress as a one-page A4 PDF: the page is laid out as XHTML by openhtmltopdf, and JFreeChart draws
 * each chart as vectors straight into the PDF through openhtmltopdf's Graphics2D bridge.
 */
public final class ProgressPdf {
    static {
        // openhtmltopdf logs every render's progress at INFO; on the command line only its warnings belong.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    /** Smaller charts make room for a long list of changes; that list is never cut, so past it the page overflows. */
    private static final double[] CHART_SCALES = {1, 0.75, 0.5};

    private ProgressPdf() {}

    /** Writes the report to the file, replacing what is there. */
    public static void write(ProgressSummary summary, Path file) throws IOException {
        Files.write(file, render(summary));
    }

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

    private record Rendered(byte[] pdf, int pages) {}

    private static Rendered render(ProgressSummary summary, double chartScale) throws IOException {
        var page = new ProgressHtml(summary, chartScale);
        var drawers = new DefaultObjectDrawerFactory();
        page.charts().forEach((type, chart) -> drawers.registerDrawer(type, drawer(chart)));
        var builder = new PdfRendererBuilder()
                .withHtmlContent(page.xhtml(), null)
                .useFont(ProgressCharts::fontData, ProgressCharts.FONT_FAMILY)
                .useObjectDrawerFactory(drawers)
                // Everything the page needs is in it: nothing is ever fetched.
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withProducer("Backcare");
        try (var renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (var document = renderer.createPDFKeepOpen()) {
                // Dated as of the summary, not the clock, so the same summary always gives the same bytes.
                var asOf = summary.asOf().atStartOfDay(ZoneOffset.UTC);
                document.getDocumentInformation().setCreationDate(GregorianCalendar.from(asOf));
                document.setDocumentId(asOf.toEpochSecond());
                var pdf = new ByteArrayOutputStream();
                document.save(pdf);
                return new Rendered(pdf.toByteArray(), document.getNumberOfPages());
            }
        }
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
