package org.backcare.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.backcare.intake.BackArea;
import org.backcare.intake.Complaint;
import org.backcare.intake.Intake;
import org.backcare.intake.Region;
import org.backcare.intake.Side;

/**
 * The back seen from behind, as SVG: six areas (each {@link Region} on the client's left and right; the client's left
 * is on the viewer's left), each filled by its pain from 0 to 10. The plan handout prints it and the web app shows
 * it; the web intake form makes the areas clickable, so this markup is a contract:
 * <ul>
 *   <li>the root {@code <svg>} has a {@code viewBox}, {@code role="img"}, {@code class="back-diagram"}, and a
 *       {@code <title>} and {@code <desc>} (the pain of every area in words);</li>
 *   <li>each area is a {@code <path>} with {@code id="area-upper-back-left"} ({@code area-} and {@link BackArea#id()}),
 *       {@code class="area"}, {@code data-region} (a region id, {@code upper-back}), {@code data-side}
 *       ({@code left} or {@code right}), {@code data-pain} (0-10) and a {@code <title>} child
 *       ("Upper back and shoulders, left: pain 5 of 10");</li>
 *   <li>each area's pain number is a {@code <text class="pain-number" data-area="upper-back-left">}, empty when the
 *       area has no pain;</li>
 *   <li>the root carries the colour scale, so that a script can recolour an area as its pain changes:
 *       {@code data-colours} (eleven fills for pain 0 to 10, space-separated) and {@code data-white-text-from}
 *       (the pain from which the number is written in white);</li>
 *   <li>labels and the legend do not take pointer events, so a click lands on the area beneath.</li>
 * </ul>
 * Colours are presentation attributes ({@code fill="#…"}): never a {@code style} attribute or element, which the web
 * app's Content-Security-Policy forbids.
 */
public final class BackDiagram {
    /** Pain 0 to 10: neutral grey, then light yellow through orange to deep red. */
    private static final String[] FILLS = {"#f2f2f2", "#fff3b0", "#ffe08a", "#fec965", "#fdab4b", "#fc8a3d",
            "#f76631", "#e8412a", "#cc2222", "#a8131f", "#7a0a1a"};
    /** From this pain on, a white number reads better on the fill than a dark one. */
    private static final int WHITE_TEXT_FROM = 8;
    private static final int SPINE_X = 120;
    /** Each region's left half as "distance from the spine,y" points; the right half is its mirror image. */
    private static final Map<Region, String> OUTLINES = Map.of(
            Region.UPPER_BACK, "M 0,70 L 12,70 Q 36,72 58,84 Q 72,88 72,106 L 66,132 L 0,132 Z",
            Region.MID_BACK, "M 0,132 L 66,132 Q 63,165 58,192 L 0,192 Z",
            Region.LOWER_BACK, "M 0,192 L 58,192 Q 52,216 60,240 Q 66,256 64,270 L 0,270 Z");
    /** Where each region's pain number sits, as distance from the spine and y. */
    private static final Map<Region, int[]> LABELS = Map.of(
            Region.UPPER_BACK, new int[] {34, 110}, Region.MID_BACK, new int[] {32, 168},
            Region.LOWER_BACK, new int[] {30, 236});
    private static final Pattern POINT = Pattern.compile("(\\d+),(\\d+)");

    private BackDiagram() {}

    /**
     * The pain in each of the six areas, all present, 0 where nothing hurts. A complaint on both sides marks left and
     * right; of two complaints over one area, the higher pain counts.
     */
    public static Map<BackArea, Integer> painByArea(Intake intake) {
        var pain = new LinkedHashMap<BackArea, Integer>();
        BackArea.all().forEach(area -> pain.put(area, 0));
        for (Complaint complaint : intake.complaints()) {
            BackArea.covered(complaint.region(), complaint.side()).forEach(area -> pain.merge(area, complaint.pain(),
                    Math::max));
        }
        return Collections.unmodifiableMap(pain);
    }

    /**
     * A standalone SVG document (no XML declaration, so it can also sit inline in HTML). Areas missing from the map
     * have no pain.
     *
     * @throws IllegalArgumentException if a pain is not 0-10
     */
    public static String svg(Map<BackArea, Integer> pain) {
        var svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 330\" width=\"240\" height=\"330\"")
                .append(" role=\"img\" class=\"back-diagram\" aria-labelledby=\"back-diagram-title back-diagram-desc\"")
                .append(" data-colours=\"").append(String.join(" ", FILLS)).append("\" data-white-text-from=\"")
                .append(WHITE_TEXT_FROM).append('"')
                .append(" font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\">")
                .append("<title id=\"back-diagram-title\">Where it hurts: the back seen from behind</title>")
                .append("<desc id=\"back-diagram-desc\">").append(Xml.escape(description(pain))).append("</desc>")
                .append("<ellipse cx=\"120\" cy=\"32\" rx=\"20\" ry=\"24\" fill=\"#ffffff\" stroke=\"#666666\"/>")
                .append("<path d=\"M 108,52 L 108,72 L 132,72 L 132,52\" fill=\"#ffffff\" stroke=\"#666666\"/>");
        for (var area : BackArea.all()) {
            area(svg, area, painOf(pain, area));
        }
        svg.append("<g pointer-events=\"none\" aria-hidden=\"true\">")
                .append("<line x1=\"120\" y1=\"74\" x2=\"120\" y2=\"268\" stroke=\"#888888\" stroke-dasharray=\"4 3\"/>");
        for (var area : BackArea.all()) {
            painNumber(svg, area, painOf(pain, area));
        }
        svg.append("<text x=\"86\" y=\"292\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\"")
                .append(" fill=\"#222222\">L</text><text x=\"154\" y=\"292\" text-anchor=\"middle\" font-size=\"14\"")
                .append(" font-weight=\"bold\" fill=\"#222222\">R</text>");
        legend(svg);
        return svg.append("</g></svg>").toString();
    }

    /** How the diagram, the handout, its calendar and the intake form name a region. */
    public static String name(Region region) {
        return switch (region) {
            case UPPER_BACK -> "Upper back and shoulders";
            case MID_BACK -> "Mid back";
            case LOWER_BACK -> "Lower back";
        };
    }

    private static void area(StringBuilder svg, BackArea area, int pain) {
        svg.append("<path id=\"area-").append(area.id()).append("\" class=\"area\" data-region=\"")
                .append(area.region().id()).append("\" data-side=\"").append(area.side().id())
                .append("\" data-pain=\"").append(pain).append("\" fill=\"").append(FILLS[pain])
                .append("\" stroke=\"#555555\" stroke-width=\"1.2\" stroke-linejoin=\"round\" d=\"")
                .append(mirrored(OUTLINES.get(area.region()), area.side())).append("\"><title>")
                .append(label(area)).append(": pain ").append(pain).append(" of 10</title></path>");
    }

    /** Written for every area, empty where there is no pain, so that a script can fill it in. */
    private static void painNumber(StringBuilder svg, BackArea area, int pain) {
        var at = LABELS.get(area.region());
        svg.append("<text class=\"pain-number\" data-area=\"").append(area.id()).append("\" x=\"")
                .append(x(at[0], area.side())).append("\" y=\"").append(at[1])
                .append("\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\" fill=\"")
                .append(pain >= WHITE_TEXT_FROM ? "#ffffff" : "#222222").append("\">")
                .append(pain == 0 ? "" : Integer.toString(pain)).append("</text>");
    }

    private static void legend(StringBuilder svg) {
        svg.append("<text x=\"120\" y=\"308\" text-anchor=\"middle\" font-size=\"9\" fill=\"#444444\">")
                .append("Pain: 0 none to 10 worst</text>");
        for (int pain = 0; pain <= 10; pain++) {
            int x = 32 + 16 * pain;
            svg.append("<rect x=\"").append(x).append("\" y=\"312\" width=\"16\" height=\"14\" fill=\"")
                    .append(FILLS[pain]).append("\" stroke=\"#999999\" stroke-width=\"0.5\"/><text x=\"")
                    .append(x + 8).append("\" y=\"323\" text-anchor=\"middle\" font-size=\"8\" fill=\"")
                    .append(pain >= WHITE_TEXT_FROM ? "#ffffff" : "#222222").append("\">").append(pain).append("</text>");
        }
    }

    private static String description(Map<BackArea, Integer> pain) {
        var hurting = new ArrayList<String>();
        var free = new ArrayList<String>();
        for (var area : BackArea.all()) {
            int p = painOf(pain, area);
            if (p > 0) {
                hurting.add(label(area) + ": pain " + p + " of 10.");
            } else {
                free.add(label(area).toLowerCase(Locale.ROOT));
            }
        }
        var text = new StringBuilder("The back seen from behind, the client's left side on the left. ");
        text.append(hurting.isEmpty() ? "No pain marked." : String.join(" ", hurting));
        if (!hurting.isEmpty() && !free.isEmpty()) {
            text.append(" No pain: ").append(String.join("; ", free)).append('.');
        }
        return text.toString();
    }

    private static String label(BackArea area) {
        return name(area.region()) + ", " + area.side().id();
    }

    private static int painOf(Map<BackArea, Integer> pain, BackArea area) {
        Integer value = pain.getOrDefault(area, 0);
        if (value == null || value < 0 || value > Complaint.MAX_PAIN) {
            throw new IllegalArgumentException("the pain of " + area.id() + " is 0-" + Complaint.MAX_PAIN + ": " + value);
        }
        return value;
    }

    private static String mirrored(String outline, Side side) {
        return POINT.matcher(outline).replaceAll(m -> x(Integer.parseInt(m.group(1)), side) + "," + m.group(2));
    }

    /** The client's left is the viewer's left: seen from behind, it is on the same side as the viewer's. */
    private static int x(int fromSpine, Side side) {
        return side == Side.LEFT ? SPINE_X - fromSpine : SPINE_X + fromSpine;
    }
}
