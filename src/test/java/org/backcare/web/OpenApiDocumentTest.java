package org.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.TreeSet;
import org.backcare.files.KnowledgeFiles;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and the routes Javalin really has are the same set of methods and paths. */
class OpenApiDocumentTest {
    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
        var routes = new TreeSet<>(new BackcareServer(KnowledgeFiles.bundled()).routes());
        assertThat(routes).isNotEmpty();
        assertThat(documented()).isEqualTo(routes);
    }

    private static TreeSet<String> documented() {
        var documented = new TreeSet<String>();
        RunningServer.json(OpenApiDocument.read()).get("paths").fields().forEachRemaining(path ->
                path.getValue().fieldNames().forEachRemaining(method ->
                        documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return documented;
    }
}
