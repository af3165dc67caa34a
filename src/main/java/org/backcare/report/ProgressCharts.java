package org.backcare.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.backcare.measures.Instrument;
import org.backcare.progress.ProgressSummary;
import org.backcare.progress.ProgressSummary.PainPoint;
import org.backcare.progress.ProgressSummary.ScorePoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The progress charts, drawn as vectors into the PDF report ({@link ProgressPdf}) and as SVG for the web
 * ({@link ProgressSvg}). They are laid out in Liberation Sans, the font PDFBox ships, which the page is set in too:
 * the PDF embeds it under {@link #FONT_FAMILY}, chart text becomes real PDF text, and no font on the machine is needed.
 */
final class ProgressCharts {
    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Font FONT = loadFont();
    private static final long DAY_MILLIS = 86_400_000L;
    private static final Color[] COLOURS = {new Color(0xC0392B), new Color(0x1F6FB2)};
    private static final Color MCID_COLOUR = new Color(0x2E7D32);

    private ProgressCharts() {}

    /** Text size, line width and dot diameter, in the units the chart is drawn in (points on paper, CSS pixels). */
    record Sizes(float text, float line, float dot) {}

    static InputStream fontData() {
        return ProgressCharts.class.getResourceAsStream(FONT_RESOURCE);
    }

    /** Pain before and after each session on 0-10, with the MCID for pain before sessions from the first one. */
    static JFreeChart pain(List<PainPoint> pain, Sizes sizes) {
        var before = new XYSeries("Pain before the session");
        var after = new XYSeries("Pain after the session");
        pain.forEach(p -> {
            before.add(millis(p.date()), p.before());
            after.add(millis(p.date()), p.after());
        });
        var chart = chart(collection(before, after), 10, sizes);
        chart.getLegend().setItemFont(FONT.deriveFont(sizes.text() + 1));
        chart.getLegend().setPosition(RectangleEdge.TOP);
        pain.stream().findFirst().ifPresent(first -> mcid(chart.getXYPlot(), Instrument.NPRS, first.before(), sizes));
        return chart;
    }

    /** One instrument's scores on its whole scale (0-100 for a percentage, 0-24 for "/24"), with its MCID. */
    static JFreeChart scores(Instrument instrument, List<ScorePoint> points, Sizes sizes) {
        var series = new XYSeries(instrument.shortName());
        points.forEach(p -> series.add(millis(p.date()), p.value()));
        var chart = chart(collection(series), instrument.scaleMax(), sizes);
        chart.removeLegend();
        chart.setTitle(new TextTitle(instrument.shortName(), FONT.deriveFont(sizes.text() + 2)));
        points.stream().findFirst().ifPresent(first -> mcid(chart.getXYPlot(), instrument, first.value(), sizes));
        return chart;
    }

    /** A chart with no data says so where its lines would be; its date axis, with no dates to show, is hidden. */
    static void noData(JFreeChart chart, String message) {
        var plot = chart.getXYPlot();
        plot.setNoDataMessage(message);
        plot.getDomainAxis().setVisible(false);
    }

    private static JFreeChart chart(XYSeriesCollection data, double max, Sizes sizes) {
        var dates = new DateAxis(null, TimeZone.getTimeZone("UTC"), Locale.ENGLISH);
        dates.setAutoRangeMinimumSize(14 * DAY_MILLIS);
        var values = new NumberAxis(null);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setRange(0, max);
        for (ValueAxis axis : List.of(dates, values)) {
            axis.setTickLabelFont(FONT.deriveFont(sizes.text()));
        }
        var lines = new XYLineAndShapeRenderer(true, true);
        lines.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            lines.setSeriesPaint(i, COLOURS[i]);
            lines.setSeriesStroke(i, new BasicStroke(sizes.line()));
            var r = sizes.dot() / 2;
            lines.setSeriesShape(i, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
        }
        var plot = new XYPlot(data, dates, values, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setOutlineVisible(false);
        plot.setNoDataMessageFont(FONT.deriveFont(sizes.text() + 1));
        var chart = new JFreeChart(null, FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        // Room on the right for the label of a tick at the end of the date axis, which JFreeChart centres on it.
        chart.setPadding(new RectangleInsets(2, 2, 2, 14));
        return chart;
    }

    /** A dashed line at the score that would reach the MCID from the first one. */
    private static void mcid(XYPlot plot, Instrument instrument, double first, Sizes sizes) {
        var target = instrument.mcidTarget(first);
        if (target.isEmpty()) {
            return;
        }
        var width = sizes.line();
        var line = new ValueMarker(target.getAsDouble(), MCID_COLOUR, new BasicStroke(width, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {4 * width, 3 * width}, 0f));
        line.setLabel("MCID " + (instrument.lowerIsBetter() ? "≤ " : "≥ ")
                + ProgressSummary.shown(target.getAsDouble()));
        line.setLabelFont(FONT.deriveFont(sizes.text()));
        line.setLabelPaint(MCID_COLOUR);
        line.setLabelBackgroundColor(Color.WHITE);
        // At the left, on the side of the line the first score is not on, so the label clears the data.
        var lower = instrument.lowerIsBetter();
        line.setLabelAnchor(lower ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.TOP_LEFT);
        line.setLabelTextAnchor(lower ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(line, Layer.BACKGROUND);
    }

    private static XYSeriesCollection collection(XYSeries... series) {
        var data = new XYSeriesCollection();
        for (var s : series) {
            data.addSeries(s);
        }
        return data;
    }

    private static long millis(LocalDate date) {
        return date.toEpochDay() * DAY_MILLIS;
    }

    private static Font loadFont() {
        try (var in = fontData()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("PDFBox's Liberation Sans is not a TrueType font", e);
        }
    }
}
