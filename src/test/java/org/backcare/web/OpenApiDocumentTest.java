package org.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and the routes Javalin really has are the same set of methods and paths. */
class OpenApiDocumentTest {
    @Test
    void everyApiRouteIsDocumentedAndEveryDocumentedRouteExists() {
        try (var running = new RunningServer()) {
            var routes = running.server.routes().stream().filter(OpenApiDocumentTest::isApi)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(routes).isNotEmpty();
            assertThat(documented()).isEqualTo(routes);
        }
    }

    /** The JSON API, as opposed to the pages a browser shows. */
    private static boolean isApi(String route) {
        var path = route.substring(route.indexOf(' ') + 1);
        return path.startsWith("/api/") || path.equals("/health") || path.equals("/openapi.json");
    }

    private static TreeSet<String> documented() {
        var documented = new TreeSet<String>();
        RunningServer.json(OpenApiDocument.read()).get("paths").fields().forEachRemaining(path ->
                path.getValue().fieldNames().forEachRemaining(method ->
                        documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return documented;
    }
}
