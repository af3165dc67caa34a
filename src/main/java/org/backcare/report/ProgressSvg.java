package org.backcare.report;

import static org.backcare.report.Xml.escape;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.backcare.measures.Instrument;
import org.backcare.progress.ProgressSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.jfree.svg.util.DoubleConverter;

/**
 * The progress charts for the web: the PDF report's JFreeChart charts ({@link ProgressCharts}) written as standalone
 * SVG documents by JFreeSVG. Each has a viewBox and no fixed size, so it takes its container's width, and is an image
 * for assistive technology ({@code role="img"}, a {@code <title>}, and a {@code <desc>} saying what it shows).
 *
 * <p>Serve each as its own {@code image/svg+xml} response and show it with {@code <img alt="…">}, the alt being
 * {@link #painText} or {@link #scoreText} (the same words as the {@code <desc>}). Beside it, the page can show the
 * data as a table: pain from {@link ProgressSummary#pain()} (date, before, after), a questionnaire's scores from
 * {@link ProgressSummary#scores(Instrument)} (date, {@code shown()}, band, {@code reachesMcid()}) for each of
 * {@link ProgressSummary#instruments()}. With fewer than two points the chart says it starts at the second. The
 * charts are drawn to be read 300 to 600 pixels wide: on a wide screen, cap their width (about 40rem).
 */
public final class ProgressSvg {
    /** In CSS pixels. Text, lines and dots are large for the drawing, so they stay clear shrunk to a phone's width. */
    private static final double WIDTH = 440;
    private static final double HEIGHT = 280;
    private static final ProgressCharts.Sizes SIZES = new ProgressCharts.Sizes(13, 2, 6);
    /**
     * The charts are laid out with Liberation Sans's metrics; Arial and Helvetica share them. Whatever the reader's
     * machine has, the generic sans-serif is last, and no font is fetched.
     */
    private static final String FONTS = "Arial, Helvetica, \"Liberation Sans\", sans-serif";

    private ProgressSvg() {}

    /** Pain before and after each session, with the MCID for pain before sessions. */
    public static String painChart(ProgressSummary summary) {
        var pain = summary.pain();
        var enough = pain.size() >= 2;
        var chart = ProgressCharts.pain(enough ? pain : List.of(), SIZES);
        if (!enough) {
            ProgressCharts.noData(chart, ProgressWords.PAIN_NOT_YET);
        }
        return document(chart, "pain", "Pain before and after each session — " + summary.client().name(),
                painText(summary));
    }

    /** One questionnaire's scores over time, with its MCID where one is published. */
    public static String scoreChart(ProgressSummary summary, Instrument instrument) {
        var points = summary.scores(instrument);
        var enough = points.size() >= 2;
        var chart = ProgressCharts.scores(instrument, enough ? points : List.of(), SIZES);
        if (!enough) {
            ProgressCharts.noData(chart, ProgressWords.SCORES_NOT_YET);
        }
        return document(chart, instrument.id(), instrument.shortName() + " over time — " + summary.client().name(),
                scoreText(summary, instrument));
    }

    /** What the pain chart shows, in words: its description and the alt text of its image. */
    public static String painText(ProgressSummary summary) {
        return ProgressWords.pain(summary.pain());
    }

    /** What the instrument's chart shows, in words: its description and the alt text of its image. */
    public static String scoreText(ProgressSummary summary, Instrument instrument) {
        return ProgressWords.scores(instrument, summary.scores(instrument));
    }

    private static String document(JFreeChart chart, String id, String title, String description) {
        var svg = new SVGGraphics2D(WIDTH, HEIGHT);
        // Fixed, not JFreeSVG's clock-based prefix: the same summary gives the same bytes, and the clip paths of
        // several charts inlined in one page keep distinct ids.
        svg.setDefsKeyPrefix(id + "-");
        svg.setFontFunction(family -> FONTS);
        // Hundredths of a pixel are finer than any screen and keep the file small. One converter a document:
        // it holds a DecimalFormat, which is not safe to share between threads.
        var hundredths = new DoubleConverter(2);
        svg.setGeomDoubleConverter(hundredths);
        svg.setTransformDoubleConverter(hundredths);
        chart.draw(svg, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        var element = svg.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        var startTagEnd = element.indexOf('>');
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element.substring(0, startTagEnd) + " role='img'>"
                + "<title>" + escape(title) + "</title><desc>" + escape(description) + "</desc>"
                + element.substring(startTagEnd + 1) + "\n";
    }
}
