package org.backcare.report;

import java.util.ArrayList;
import java.util.List;

/** Plain text for an 80-column terminal. */
final class TerminalPage implements Page {
    private final StringBuilder out = new StringBuilder();

    @Override
    public void title(String text) {
        out.append(text.toUpperCase()).append('\n').append("=".repeat(text.length())).append("\n");
    }

    @Override
    public void heading(String text) {
        out.append('\n').append(text).append('\n').append("-".repeat(text.length())).append('\n');
    }

    @Override
    public void paragraph(String text) {
        out.append(Wrap.lines(text, 78, "", "")).append('\n');
    }

    @Override
    public void bullet(String text) {
        out.append(Wrap.lines(text, 78, "  - ", "    ")).append('\n');
    }

    @Override
    public void preformatted(String text) {
        out.append(text);
    }

    @Override
    public void table(List<String> headers, List<List<String>> rows) {
        var widths = new ArrayList<Integer>();
        for (int c = 0; c < headers.size(); c++) {
            int width = headers.get(c).length();
            for (var row : rows) {
                width = Math.max(width, row.get(c).length());
            }
            widths.add(width);
        }
        row(headers, widths);
        row(widths.stream().map("-"::repeat).toList(), widths);
        rows.forEach(r -> row(r, widths));
    }

    private void row(List<String> cells, List<Integer> widths) {
        var line = new StringBuilder("  ");
        for (int c = 0; c < cells.size(); c++) {
            line.append(String.format("%-" + widths.get(c) + "s", cells.get(c)));
            if (c < cells.size() - 1) {
                line.append("  ");
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    @Override
    public String text() {
        return out.toString();
    }
}
