package dev.omegacoup.stub;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;

/**
 * The admin API answers loopback callers only, unless remote administration was asked
 * for. The caller is the TCP peer: headers such as X-Forwarded-For are never trusted.
 */
final class AdminGuard implements Filter {

    private final boolean remoteAllowed;

    AdminGuard(StubLimits limits) {
        this.remoteAllowed = limits.remoteAdmin();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        if (MediaTypes.unsupportedCharset(request.getContentType()) != null) {
            http.setStatus(415);
            http.setContentType("application/json");
            http.getWriter().write("{\"error\": \"the charset of the Content-Type is not"
                    + " supported\"}");
            return;
        }
        if (remoteAllowed || isLoopback(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        http.setStatus(403);
        http.setContentType("application/json");
        http.getWriter().write("{\"error\": \"the admin API answers loopback callers only;"
                + " start the stub with --remote-admin to open it\"}");
    }

    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
