package org.backcare.report;

/** Word-wraps text for the terminal. */
final class Wrap {
    private Wrap() {}

    static String lines(String text, int width, String firstIndent, String indent) {
        var out = new StringBuilder(firstIndent);
        int column = firstIndent.length();
        boolean lineEmpty = true;
        for (var word : text.split(" ")) {
            if (!lineEmpty && column + 1 + word.length() > width) {
                out.append('\n').append(indent);
                column = indent.length();
                lineEmpty = true;
            }
            if (!lineEmpty) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            lineEmpty = false;
        }
        return out.toString();
    }
}
