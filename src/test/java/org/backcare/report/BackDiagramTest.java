package org.backcare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.backcare.intake.BackArea;
import org.backcare.intake.Client;
import org.backcare.intake.Complaint;
import org.backcare.intake.Examples;
import org.backcare.intake.Intake;
import org.backcare.intake.Preferences;
import org.backcare.intake.Region;
import org.backcare.intake.Side;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class BackDiagramTest {
    private static final BackArea UPPER_LEFT = new BackArea(Region.UPPER_BACK, Side.LEFT);
    private static final BackArea UPPER_RIGHT = new BackArea(Region.UPPER_BACK, Side.RIGHT);
    private static final BackArea LOWER_LEFT = new BackArea(Region.LOWER_BACK, Side.LEFT);
    private static final BackArea LOWER_RIGHT = new BackArea(Region.LOWER_BACK, Side.RIGHT);

    @Test
    void aComplaintOnBothSidesMarksLeftAndRightAndTheHigherPainOfTwoComplaintsCounts() {
        var intake = intake(new Complaint(Region.LOWER_BACK, Side.BOTH, List.of("stiffness"), 6, 14, null),
                new Complaint(Region.LOWER_BACK, Side.LEFT, List.of("side-tightness"), 8, 2, null),
                new Complaint(Region.UPPER_BACK, Side.RIGHT, List.of("knots"), 3, 2, null),
                new Complaint(Region.UPPER_BACK, Side.BOTH, List.of("knots"), 1, 2, null));

        var pain = BackDiagram.painByArea(intake);

        assertThat(pain).containsExactly(Map.entry(UPPER_LEFT, 1), Map.entry(UPPER_RIGHT, 3),
                Map.entry(new BackArea(Region.MID_BACK, Side.LEFT), 0), Map.entry(new BackArea(Region.MID_BACK, Side.RIGHT), 0),
                Map.entry(LOWER_LEFT, 8), Map.entry(LOWER_RIGHT, 6));
    }

    @Test
    void wellFormedSvgWithSixAreasTheirIdsDataAndPain() throws Exception {
        var svg = parse(BackDiagram.svg(BackDiagram.painByArea(Examples.ashaRao())));

        var root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 240 330");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        var areas = areas(svg);
        assertThat(areas).extracting(a -> a.getAttribute("id")).containsExactly("area-upper-back-left",
                "area-upper-back-right", "area-mid-back-left", "area-mid-back-right", "area-lower-back-left",
                "area-lower-back-right");
        assertThat(areas).extracting(a -> a.getAttribute("data-pain")).containsExactly("3", "3", "0", "0", "6", "0");
        assertThat(areas).extracting(a -> a.getAttribute("data-region")).containsExactly("upper-back", "upper-back",
                "mid-back", "mid-back", "lower-back", "lower-back");
        assertThat(areas).extracting(a -> a.getAttribute("data-side")).containsExactly("left", "right", "left",
                "right", "left", "right");
        assertThat(areas.get(4).getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Lower back, left: pain 6 of 10");
    }

    @Test
    void theClientsLeftIsOnTheViewersLeft() throws Exception {
        var areas = areas(parse(BackDiagram.svg(Map.of())));
        assertThat(xs(areas.get(4))).as("lower back, left").allMatch(x -> x <= 120).anyMatch(x -> x < 100);
        assertThat(xs(areas.get(5))).as("lower back, right").allMatch(x -> x >= 120).anyMatch(x -> x > 140);
    }

    @Test
    void morePainColoursTheAreaDarkerAndNoPainIsNeutral() throws Exception {
        var pain = new HashMap<BackArea, Integer>();
        pain.put(UPPER_LEFT, 2);
        pain.put(UPPER_RIGHT, 9);
        var areas = areas(parse(BackDiagram.svg(pain)));
        var none = luminance(areas.get(2).getAttribute("fill"));
        var mild = luminance(areas.get(0).getAttribute("fill"));
        var severe = luminance(areas.get(1).getAttribute("fill"));
        assertThat(none).isGreaterThan(mild);
        assertThat(mild).isGreaterThan(severe);
    }

    @Test
    void theColourScaleAndEveryAreasPainNumberAreThereForAScriptToUpdate() throws Exception {
        var svg = parse(BackDiagram.svg(Map.of(UPPER_LEFT, 2, UPPER_RIGHT, 9)));
        var colours = svg.getDocumentElement().getAttribute("data-colours").split(" ");
        assertThat(colours).hasSize(Complaint.MAX_PAIN + 1);
        var areas = areas(svg);
        assertThat(areas.get(0).getAttribute("fill")).isEqualTo(colours[2]);
        assertThat(areas.get(1).getAttribute("fill")).isEqualTo(colours[9]);
        assertThat(svg.getDocumentElement().getAttribute("data-white-text-from")).isEqualTo("8");
        var numbers = new HashMap<String, String>();
        var texts = svg.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            var text = (Element) texts.item(i);
            if (text.getAttribute("class").equals("pain-number")) {
                numbers.put(text.getAttribute("data-area"), text.getTextContent());
            }
        }
        assertThat(numbers).hasSize(6).containsEntry("upper-back-left", "2").containsEntry("upper-back-right", "9")
                .containsEntry("lower-back-right", "");
    }

    @Test
    void noStyleAttributesOrElementsForTheWebAppsContentSecurityPolicy() throws Exception {
        var svg = parse(BackDiagram.svg(BackDiagram.painByArea(Examples.ashaRao())));
        var all = svg.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            var element = (Element) all.item(i);
            assertThat(element.getLocalName()).isNotEqualTo("style");
            assertThat(element.hasAttribute("style")).as(element.getLocalName()).isFalse();
        }
    }

    @Test
    void theDescriptionSaysInWordsWhichAreasHurtHowMuch() throws Exception {
        var svg = parse(BackDiagram.svg(BackDiagram.painByArea(Examples.ashaRao())));
        var desc = svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertThat(desc).contains("seen from behind", "Upper back and shoulders, left: pain 3 of 10.",
                "Upper back and shoulders, right: pain 3 of 10.", "Lower back, left: pain 6 of 10.",
                "No pain: mid back, left; mid back, right; lower back, right.");
        var nothing = parse(BackDiagram.svg(Map.of())).getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertThat(nothing).endsWith("No pain marked.");
    }

    @Test
    void aPainOutsideZeroToTenIsRefusedNamingTheArea() {
        assertThatThrownBy(() -> BackDiagram.svg(Map.of(LOWER_RIGHT, 11)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-back-right");
        assertThatThrownBy(() -> new BackArea(Region.MID_BACK, Side.BOTH)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Intake intake(Complaint... complaints) {
        return new Intake(new Client("Asha Rao", 42), List.of(complaints), List.of(), List.of(), List.of(),
                Preferences.defaults(), List.of());
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> areas(Document svg) {
        var areas = new ArrayList<Element>();
        var paths = svg.getElementsByTagNameNS("*", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            var path = (Element) paths.item(i);
            if (path.getAttribute("class").equals("area")) {
                areas.add(path);
            }
        }
        return areas;
    }

    private static List<Integer> xs(Element path) {
        return Pattern.compile("(\\d+),\\d+").matcher(path.getAttribute("d")).results()
                .map(m -> Integer.parseInt(m.group(1))).toList();
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * (rgb >> 16) + 0.7152 * (rgb >> 8 & 0xFF) + 0.0722 * (rgb & 0xFF);
    }
}
