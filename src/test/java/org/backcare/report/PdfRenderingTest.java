package org.backcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The font the PDFs are set in: Liberation Sans as PDFBox ships it, less the glyph substitution that slowed it. */
class PdfRenderingTest {
    @Test
    void theFontHasNoGlyphSubstitutionAndEverythingElseAsShipped() throws IOException {
        try (var shipped = font(ProgressCharts.fontData().readAllBytes());
                var used = font(PdfRendering.withoutGlyphSubstitution(ProgressCharts.fontData()))) {
            assertThat(shipped.getGsubData()).isNotEqualTo(GsubData.NO_DATA_FOUND);
            assertThat(used.getGsubData()).isEqualTo(GsubData.NO_DATA_FOUND);
            assertThat(used.getTableMap().keySet()).doesNotContain("GSUB")
                    .hasSize(shipped.getTableMap().size());
            assertThat(used.getNumberOfGlyphs()).isEqualTo(shipped.getNumberOfGlyphs());
            for (var text : "Backcare: stiffness, first session — 30 min".codePoints().toArray()) {
                int glyph = shipped.getUnicodeCmapLookup().getGlyphId(text);
                assertThat(used.getUnicodeCmapLookup().getGlyphId(text)).isEqualTo(glyph);
                assertThat(used.getAdvanceWidth(glyph)).isEqualTo(shipped.getAdvanceWidth(glyph));
            }
        }
    }

    private static TrueTypeFont font(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }
}
