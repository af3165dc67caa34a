package org.backcare.report;

import java.util.List;

/** Where a report is written: the same content as terminal text or as a Markdown handout. */
interface Page {
    void title(String text);

    void heading(String text);

    void paragraph(String text);

    void bullet(String text);

    /** Text shown as it is, such as a chart. */
    void preformatted(String text);

    void table(List<String> headers, List<List<String>> rows);

    String text();
}
