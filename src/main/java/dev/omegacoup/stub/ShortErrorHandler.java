package dev.omegacoup.stub;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's errors (a request it cannot parse, an exception below the stub's own handling)
 * as one line of plain text: never an HTML page, a stack trace or a class name.
 */
final class ShortErrorHandler extends ErrorHandler {

    ShortErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write(line(code));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        return ByteBuffer.wrap(line(status));
    }

    private static byte[] line(int code) {
        String reason = HttpStatus.getMessage(code);
        return ("HTTP " + code + " " + (reason == null ? "" : reason) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
