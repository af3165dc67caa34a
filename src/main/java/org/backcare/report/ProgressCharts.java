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
import org.backcare.progress.ProgressSummary.PainPoint;
import org.backcare.progress.ProgressSummary.ScorePoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's charts. They are drawn in Liberation Sans, the font PDFBox ships, which the page is set in too: the
 * PDF embeds it under {@link #FONT_FAMILY}, chart text becomes real PDF text, and no font on the machine is needed.
 */
final class ProgressCharts {
    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Font FONT = loadFont();
    private static final long DAY_MILLIS = 86_400_000L;
    private static final Color[] COLOURS = {new Color(0xC0392B), new Color(0x1F6FB2)};

    private ProgressCharts() {}

    static InputStream fontData() {
        return ProgressCharts.class.getResourceAsStream(FONT_RESOURCE);
    }

    static JFreeChart pain(List<PainPoint> pain) {
        var before = new XYSeries("Pain before the session");
        var after = new XYSeries("Pain after the session");
        pain.forEach(p -> {
            before.add(millis(p.date()), p.before());
            after.add(millis(p.date()), p.after());
        });
        var chart = chart(collection(before, after), 10);
        chart.getLegend().setItemFont(FONT.deriveFont(9f));
        chart.getLegend().setPosition(RectangleEdge.TOP);
        return chart;
    }

    /** One instrument's scores on its whole scale (0-100 for a percentage, 0-24 for "/24"). */
    static JFreeChart scores(String title, List<ScorePoint> points) {
        var series = new XYSeries(title);
        points.forEach(p -> series.add(millis(p.date()), p.value()));
        var chart = chart(collection(series), scaleMax(points.get(0).unit()));
        chart.removeLegend();
        chart.setTitle(new TextTitle(title, FONT.deriveFont(10f)));
        return chart;
    }

    private static JFreeChart chart(XYSeriesCollection data, double max) {
        var dates = new DateAxis(null, TimeZone.getTimeZone("UTC"), Locale.ENGLISH);
        dates.setAutoRangeMinimumSize(14 * DAY_MILLIS);
        var values = new NumberAxis(null);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (max > 0) {
            values.setRange(0, max);
        }
        for (ValueAxis axis : List.of(dates, values)) {
            axis.setTickLabelFont(FONT.deriveFont(8f));
        }
        var lines = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            lines.setSeriesPaint(i, COLOURS[i]);
            lines.setSeriesStroke(i, new BasicStroke(1.2f));
            lines.setSeriesShape(i, new Ellipse2D.Double(-2, -2, 4, 4));
        }
        var plot = new XYPlot(data, dates, values, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setOutlineVisible(false);
        var chart = new JFreeChart(null, FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        // Room on the right for the label of a tick at the end of the date axis, which JFreeChart centres on it.
        chart.setPadding(new RectangleInsets(2, 2, 2, 14));
        return chart;
    }

    private static XYSeriesCollection collection(XYSeries... series) {
        var data = new XYSeriesCollection();
        for (var s : series) {
            data.addSeries(s);
        }
        return data;
    }

    /** The top of a scale written as "%" or "/24"; 0 (fit to the data) for any other unit. */
    private static double scaleMax(String unit) {
        if ("%".equals(unit)) {
            return 100;
        }
        return unit != null && unit.matches("/\\d+") ? Integer.parseInt(unit.substring(1)) : 0;
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
