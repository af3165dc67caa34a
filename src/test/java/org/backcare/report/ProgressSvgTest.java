package org.backcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.backcare.AnIntake;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.measures.Instrument;
import org.backcare.planning.Adjustments;
import org.backcare.progress.Adaptation;
import org.backcare.progress.Adaptation.Decision;
import org.backcare.progress.ProgressSummary;
import org.backcare.progress.ProgressSummary.PainPoint;
import org.backcare.progress.ProgressSummary.ScorePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ProgressSvgTest {
    private static final String SVG = "http://www.w3.org/2000/svg";
    /** How JFreeSVG writes the stroke of the first series, pain before the session. */
    private static final String PAIN_BEFORE_STROKE = "stroke:rgb(192,57,43)";
    /** 12 Jan, 22 Jan, 1 Feb, 11 Feb and 2 Mar 2027. */
    private static final List<LocalDate> SESSIONS = List.of(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 22),
            LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 11), LocalDate.of(2027, 3, 2));

    @Test
    void aStandaloneImageThatTakesItsContainersWidth() throws Exception {
        var svg = parse(ProgressSvg.painChart(summary("Asha Rao", 5, 4))).getDocumentElement();

        assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 440 280");
        assertThat(svg.hasAttribute("width") || svg.hasAttribute("height")).as("a fixed size").isFalse();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        var children = elements(svg);
        assertThat(children.get(0).getLocalName()).isEqualTo("title");
        assertThat(children.get(0).getTextContent()).isEqualTo("Pain before and after each session — Asha Rao");
        assertThat(children.get(1).getLocalName()).isEqualTo("desc");
    }

    @Test
    void eachSessionIsAPointOnOneLine() throws Exception {
        var svg = parse(ProgressSvg.painChart(summary("Asha Rao", 5, 0)));

        assertThat(strokedPathPoints(svg, PAIN_BEFORE_STROKE)).as("the legend's sample line, then the data")
                .containsExactly(2, 5);
    }

    @Test
    void thePainDescriptionNamesTheFirstAndLastPainTheDatesAndTheMcid() throws Exception {
        var summary = summary("Asha Rao", 5, 0);

        assertThat(desc(ProgressSvg.painChart(summary))).isEqualTo(ProgressSvg.painText(summary)).isEqualTo(
                "Pain before the session fell from 7 to 3 out of 10 over 5 sessions, 12 Jan to 2 Mar 2027; after the "
                        + "last session it was 2. Minimal clinically important difference (MCID): 5 or lower, "
                        + "reached.");
    }

    @Test
    void aScoreDescriptionNamesTheFirstAndLastScoresTheLatestBandAndTheMcid() throws Exception {
        var summary = summary("Asha Rao", 0, 4);

        assertThat(desc(ProgressSvg.scoreChart(summary, Instrument.ODI))).isEqualTo(
                "ODI fell from 40% to 28% over 4 scores, 12 Jan to 23 Feb 2027 (moderate disability). "
                        + "Minimal clinically important difference (MCID): 30% or lower, reached.");
        assertThat(desc(ProgressSvg.scoreChart(summary, Instrument.PSFS))).isEqualTo(
                "PSFS rose from 3/10 to 4.5/10 over 4 scores, 12 Jan to 23 Feb 2027. "
                        + "Minimal clinically important difference (MCID): 5/10 or higher, not reached yet.");
    }

    @Test
    void theMcidIsALabelledLineWhereTheInstrumentHasOne() throws Exception {
        var summary = summary("Asha Rao", 5, 4);

        assertThat(texts(parse(ProgressSvg.painChart(summary)))).contains("MCID ≤ 5");
        assertThat(texts(parse(ProgressSvg.scoreChart(summary, Instrument.ODI)))).contains("MCID ≤ 30");
        assertThat(texts(parse(ProgressSvg.scoreChart(summary, Instrument.PSFS)))).contains("MCID ≥ 5");
        var startBack = ProgressSvg.scoreChart(summary, Instrument.START_BACK);
        assertThat(texts(parse(startBack))).noneMatch(text -> text.startsWith("MCID"));
        assertThat(desc(startBack)).endsWith("No minimal clinically important difference (MCID) is published for "
                + "STarT Back.");
    }

    @Test
    void aNameWithMarkupInItIsTextNotMarkup() throws Exception {
        var name = "Ann <b>& \"O'Neil\" &amp;\u0001";
        var svg = ProgressSvg.scoreChart(summary(name, 5, 4), Instrument.ODI);

        assertThat(svg).contains("Ann &lt;b&gt;&amp; &quot;O&#39;Neil&quot; &amp;amp;\uFFFD");
        assertThat(elements(parse(svg).getDocumentElement()).get(0).getTextContent())
                .isEqualTo("ODI over time — Ann <b>& \"O'Neil\" &amp;\uFFFD");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void withFewerThanTwoSessionsTheChartSaysWhenItStarts(int sessions) throws Exception {
        var svg = ProgressSvg.painChart(summary("Asha Rao", sessions, 0));

        assertThat(texts(parse(svg))).contains("No chart yet: it starts at the second session.");
        assertThat(strokedPathPoints(parse(svg), PAIN_BEFORE_STROKE)).as("only the legend's sample line")
                .containsExactly(2);
        assertThat(desc(svg)).isEqualTo(sessions == 0
                ? "No sessions logged yet. No chart yet: it starts at the second session."
                : "One session logged, on 12 Jan 2027: pain 7 before and 6 after, out of 10. "
                        + "No chart yet: it starts at the second session.");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void withFewerThanTwoScoresTheChartSaysWhenItStarts(int scores) throws Exception {
        var svg = ProgressSvg.scoreChart(summary("Asha Rao", 5, scores), Instrument.ODI);

        assertThat(texts(parse(svg))).contains("No chart yet: it starts at the second score.");
        assertThat(desc(svg)).isEqualTo(scores == 0
                ? "No ODI scores yet. No chart yet: it starts at the second score."
                : "One ODI score so far, on 12 Jan 2027: 40% (moderate disability). "
                        + "No chart yet: it starts at the second score.");
    }

    @Test
    void textIsSetInFontsEndingWithTheGenericSansSerif() throws Exception {
        var svg = parse(ProgressSvg.painChart(summary("Asha Rao", 5, 4)));
        var texts = svg.getElementsByTagNameNS(SVG, "text");

        assertThat(texts.getLength()).isGreaterThan(10);
        for (int i = 0; i < texts.getLength(); i++) {
            assertThat(((Element) texts.item(i)).getAttribute("style"))
                    .contains("font-family: Arial, Helvetica, \"Liberation Sans\", sans-serif;");
        }
    }

    @Test
    void theSameSummaryGivesTheSameBytes() {
        assertThat(ProgressSvg.painChart(summary("Asha Rao", 5, 4)))
                .isEqualTo(ProgressSvg.painChart(summary("Asha Rao", 5, 4)));
    }

    /** Sessions on {@link #SESSIONS} with pain before 7, 6, 6, 4, 3; ODI, PSFS and STarT Back every two weeks. */
    private static ProgressSummary summary(String name, int sessions, int scoresPerInstrument) {
        var before = List.of(7, 6, 6, 4, 3);
        var after = List.of(6, 4, 5, 2, 2);
        var pain = IntStream.range(0, sessions)
                .mapToObj(i -> new PainPoint(SESSIONS.get(i), before.get(i), after.get(i))).toList();
        var odi = List.of(40, 36, 30, 28);
        var scores = new ArrayList<ScorePoint>();
        for (int i = 0; i < scoresPerInstrument; i++) {
            var date = SESSIONS.get(0).plusWeeks(2L * i);
            scores.add(new ScorePoint("odi", date, odi.get(i), "%", "moderate disability", i >= 2));
            scores.add(new ScorePoint("start-back", date, 5 - i % 2, "/9", "medium risk", false));
            scores.add(new ScorePoint("psfs", date, 3 + 0.5 * i, "/10", null, false));
        }
        var adaptation = new Adaptation(Decision.CONTINUE, List.of(), AnIntake.aged(40).build(), Adjustments.NONE);
        var first = SESSIONS.get(0);
        return new ProgressSummary(new ClientRecord(ClientId.fromName("Asha Rao"), name, first), first.plusWeeks(8),
                pain, scores, sessions, sessions, adaptation, List.of(), List.of());
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String desc(String svg) throws Exception {
        return parse(svg).getElementsByTagNameNS(SVG, "desc").item(0).getTextContent();
    }

    private static List<String> texts(Document svg) {
        var texts = svg.getElementsByTagNameNS(SVG, "text");
        return IntStream.range(0, texts.getLength()).mapToObj(i -> texts.item(i).getTextContent()).toList();
    }

    /**
     * The number of points of each straight-line path in a group stroked as given: a line through 5 points is
     * "M… L… L… L… L…". The dots' outlines, drawn with curves, are left out.
     */
    private static List<Integer> strokedPathPoints(Document svg, String stroke) {
        var paths = svg.getElementsByTagNameNS(SVG, "path");
        return IntStream.range(0, paths.getLength()).mapToObj(i -> (Element) paths.item(i))
                .filter(path -> ((Element) path.getParentNode()).getAttribute("style").contains(stroke + ";"))
                .map(path -> path.getAttribute("d")).filter(d -> !d.contains("C"))
                .map(d -> d.replaceAll("[^ML]", "").length()).toList();
    }

    private static List<Element> elements(Element parent) {
        var nodes = parent.getChildNodes();
        return IntStream.range(0, nodes.getLength()).mapToObj(nodes::item).filter(Element.class::isInstance)
                .map(Element.class::cast).toList();
    }
}
