package org.backcare.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.logging.Level;

/**
 * How this package makes a PDF: one XHTML page laid out by openhtmltopdf, set in the Liberation Sans that PDFBox
 * ships, with nothing ever fetched from outside the page.
 */
final class PdfRendering {
    static {
        // openhtmltopdf logs every render's progress at INFO; on the command line only its warnings belong.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    record Rendered(byte[] pdf, int pages) {}

    private PdfRendering() {}

    static PdfRendererBuilder builder(String xhtml) {
        return new PdfRendererBuilder()
                .withHtmlContent(xhtml, null)
                .useFont(ProgressCharts::fontData, ProgressCharts.FONT_FAMILY)
                // Everything the page needs is in it: nothing is ever fetched.
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withProducer("Backcare");
    }

    /** A builder that also draws the page's inline SVG (Batik, no scripts, no external resources), text in the same font. */
    static PdfRendererBuilder builderWithSvg(String xhtml) {
        return builder(xhtml)
                .useFont(ProgressCharts::fontData, ProgressCharts.FONT_FAMILY, 400, FontStyle.NORMAL, true,
                        EnumSet.of(FSFontUseCase.SVG))
                .useSVGDrawer(new BatikSVGDrawer());
    }

    /** Lays the page out; dated {@code asOf}, never the clock, so the same content always gives the same bytes. */
    static Rendered render(PdfRendererBuilder builder, LocalDate asOf) throws IOException {
        try (var renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (var document = renderer.createPDFKeepOpen()) {
                var midnight = asOf.atStartOfDay(ZoneOffset.UTC);
                document.getDocumentInformation().setCreationDate(GregorianCalendar.from(midnight));
                document.setDocumentId(midnight.toEpochSecond());
                var pdf = new ByteArrayOutputStream();
                document.save(pdf);
                return new Rendered(pdf.toByteArray(), document.getNumberOfPages());
            }
        }
    }
}
