package org.backcare.report;

import java.util.List;
import org.backcare.progress.ProgressSummary.PainPoint;

/**
 * Pain before and after each session as a small chart for the terminal: one column a session, rows 10 down to 0;
 * {@code o} is pain before the session, {@code *} after, {@code @} where both fall on the same row.
 */
final class PainChart {
    private static final int MOST_COLUMNS = 60;

    private PainChart() {}

    static String draw(List<PainPoint> pain) {
        var shown = pain.subList(Math.max(0, pain.size() - MOST_COLUMNS), pain.size());
        var chart = new StringBuilder();
        for (int level = 10; level >= 0; level--) {
            chart.append(String.format("  %2d |", level));
            for (var point : shown) {
                chart.append(' ').append(mark(point, level));
            }
            chart.append('\n');
        }
        chart.append("     +").append("--".repeat(shown.size())).append('\n');
        if (!shown.isEmpty()) {
            chart.append("      ").append(shown.get(0).date()).append(" to ").append(shown.get(shown.size() - 1).date())
                    .append(pain.size() > shown.size() ? " (last " + shown.size() + " sessions)" : "")
                    .append("   o before  * after  @ both\n");
        }
        return chart.toString();
    }

    private static char mark(PainPoint point, int level) {
        boolean before = point.before() == level;
        boolean after = point.after() == level;
        return before && after ? '@' : before ? 'o' : after ? '*' : ' ';
    }
}
