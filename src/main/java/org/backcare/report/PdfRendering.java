package org.backcare.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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

    /** The font's metrics, read from it once for all renders (the store is thread-safe). */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();
    private static final byte[] FONT = withoutGlyphSubstitution(ProgressCharts.fontData());

    record Rendered(byte[] pdf, int pages) {}

    private PdfRendering() {}

    static PdfRendererBuilder builder(String xhtml) {
        return new PdfRendererBuilder()
                .withHtmlContent(xhtml, null)
                .useCacheStore(CacheStore.PDF_FONT_METRICS, FONT_METRICS)
                .useFont(PdfRendering::font, ProgressCharts.FONT_FAMILY)
                // Everything the page needs is in it: nothing is ever fetched.
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withProducer("Backcare");
    }

    /** A builder that also draws the page's inline SVG (Batik, no scripts, no external resources), text in the same font. */
    static PdfRendererBuilder builderWithSvg(String xhtml) {
        return builder(xhtml)
                .useFont(PdfRendering::font, ProgressCharts.FONT_FAMILY, 400, FontStyle.NORMAL, true,
                        EnumSet.of(FSFontUseCase.SVG))
                .useSVGDrawer(new BatikSVGDrawer());
    }

    private static InputStream font() {
        return new ByteArrayInputStream(FONT);
    }

    /**
     * Liberation Sans with its glyph substitution table (GSUB) hidden under another name. Latin text needs no
     * substitution, yet for a font with one PDFBox 3.0 compiles a set of regular expressions for every run of text it
     * writes: that was most of the time a handout took (JFR, 2026-12-04). The table is renamed, not removed, so the
     * font's other tables stay where their offsets say; PDFBox ignores a table it does not know and leaves it out of
     * the subset it embeds.
     */
    static byte[] withoutGlyphSubstitution(InputStream ttf) {
        try (ttf) {
            var font = ttf.readAllBytes();
            var tables = ByteBuffer.wrap(font).getShort(4);
            for (int i = 0; i < tables; i++) {
                int record = 12 + 16 * i;
                if (new String(font, record, 4, StandardCharsets.US_ASCII).equals("GSUB")) {
                    font[record + 3] = 'X'; // "GSUX": the table directory stays in tag order
                }
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders a small page with the font and an SVG drawing once, so that the first handout a server is asked for
     * does not also load PDFBox, Batik and the font's metrics (seconds on a busy machine).
     */
    static void warmUp() {
        var page = "<html lang=\"en\"><head><title>warm-up</title><style>body { font-family: '" + ProgressCharts.FONT_FAMILY + "'; }</style></head><body>"
                + "<p>Backcare</p><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" width=\"10\" "
                + "height=\"10\"><rect width=\"10\" height=\"10\" fill=\"#ccc\"/><text x=\"1\" y=\"8\">1</text>"
                + "</svg></body></html>";
        try {
            render(builderWithSvg(page), LocalDate.of(2026, 1, 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // made in memory
        }
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
