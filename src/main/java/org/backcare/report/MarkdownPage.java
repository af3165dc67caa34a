package org.backcare.report;

import java.util.List;

/** A Markdown handout. */
final class MarkdownPage implements Page {
    private final StringBuilder out = new StringBuilder();

    @Override
    public void title(String text) {
        out.append("# ").append(text).append("\n");
    }

    @Override
    public void heading(String text) {
        out.append("\n## ").append(text).append("\n\n");
    }

    @Override
    public void paragraph(String text) {
        out.append(text).append("\n\n");
    }

    @Override
    public void bullet(String text) {
        out.append("- ").append(text).append('\n');
    }

    @Override
    public void preformatted(String text) {
        out.append("```\n").append(text).append("```\n\n");
    }

    @Override
    public void table(List<String> headers, List<List<String>> rows) {
        out.append("| ").append(String.join(" | ", headers)).append(" |\n");
        out.append("|").append("---|".repeat(headers.size())).append('\n');
        rows.forEach(r -> out.append("| ").append(String.join(" | ", r.stream().map(c -> c.replace("|", "\\|")).toList()))
                .append(" |\n"));
    }

    @Override
    public String text() {
        return out.toString().replaceAll("\n{3,}", "\n\n");
    }
}
