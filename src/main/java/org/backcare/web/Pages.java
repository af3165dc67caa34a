package org.backcare.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the jte templates in src/main/jte, compiled to classes at build time. Every template takes one page
 * model: a record holding the {@link Frame} and what the page shows.
 */
public final class Pages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Pages() {
    }

    public static String render(String template, Object page) {
        var out = new StringOutput();
        ENGINE.render(template, page, out);
        return out.toString();
    }

    public static void show(Context ctx, String template, Object page) {
        ctx.html(render(template, page));
    }
}
