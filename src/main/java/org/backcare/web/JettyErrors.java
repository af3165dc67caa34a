package org.backcare.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.backcare.web.access.SecurityHeaders;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty writes before Javalin sees a request (a request line, address or headers it cannot read: 400,
 * 414, 431) or after a response failed (500): problem JSON, or a page for a browser, with the security headers.
 */
final class JettyErrors extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : 500;
        var problem = Problems.ofStatus(status, detail(status));
        var headers = response.getHeaders();
        SecurityHeaders.ALL.forEach(headers::put);
        var page = Problems.wantsPage(Request.getPathInContext(request), request.getHeaders().get(HttpHeader.ACCEPT));
        var body = page ? Pages.render("error.jte", new ErrorPage(Frame.anonymous(problem.title()), problem))
                : Problems.json(problem);
        headers.put(HttpHeader.CONTENT_TYPE, page ? "text/html; charset=utf-8" : Problems.CONTENT_TYPE);
        response.setStatus(status);
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its request line, address or headers are malformed.";
            case 414 -> "The address is longer than this server reads; links to Backcare are far shorter.";
            case 431 -> "The request's headers are larger than this server reads; clearing this site's cookies may help.";
            case 500 -> "Something went wrong on the server; it has been logged.";
            default -> "The request could not be answered.";
        };
    }
}
