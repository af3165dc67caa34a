package org.backcare.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One mail's words, written once and given both as plain text and as HTML (escaped): a greeting, paragraphs, the
 * appointment's details as a table, an optional link, and the clinic's name, address and phone at the foot.
 */
record Template(String subject, String greeting, List<String> paragraphs, List<Map.Entry<String, String>> details,
        Optional<String> link, ClinicProfile clinic) {

    String text() {
        var lines = new ArrayList<String>();
        lines.add(greeting);
        paragraphs.forEach(p -> lines.add("\n" + p));
        if (!details.isEmpty()) {
            lines.add("");
            details.forEach(d -> lines.add(d.getKey() + ": " + d.getValue()));
        }
        link.ifPresent(url -> lines.add("\n" + url));
        lines.add("\n" + String.join("\n", foot()));
        return String.join("\n", lines) + "\n";
    }

    String html() {
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        html.append("<p>").append(escape(greeting)).append("</p>");
        paragraphs.forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
        if (!details.isEmpty()) {
            html.append("<table>");
            details.forEach(d -> html.append("<tr><th align=\"left\">").append(escape(d.getKey())).append("</th><td>")
                    .append(escape(d.getValue())).append("</td></tr>"));
            html.append("</table>");
        }
        link.ifPresent(url -> html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(url))
                .append("</a></p>"));
        html.append("<p>").append(String.join("<br>", foot().stream().map(Template::escape).toList())).append("</p>");
        return html.append("</body></html>").toString();
    }

    private List<String> foot() {
        var foot = new ArrayList<String>();
        foot.add(clinic.signature());
        clinic.address().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(foot::add);
        if (!clinic.phone().isEmpty()) {
            foot.add("Phone: " + clinic.phone());
        }
        return foot;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
