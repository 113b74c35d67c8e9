package dev.omegacoup.stub;

import dev.omegacoup.soap.Soap;
import dev.omegacoup.soap.SoapFaultException;
import dev.omegacoup.soap.SoapFaultException.FaultCode;
import dev.omegacoup.soap.SoapMessages;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Checks every request to the SOAP endpoint before WireMock matches it: POST only,
 * text/xml only, and a body of at most {@link StubLimits#maxBodyBytes()} bytes, counted
 * after any gzip inflation and refused as soon as it is exceeded. It also sets the
 * certificate header the engine reads from the verified TLS client certificate, and
 * removes any such header a client sent itself.
 */
final class RequestGuard implements Filter {

    /** A sender is judged on its rate only after this long: small bodies are never slow. */
    private static final long GRACE_NANOS = 2_000_000_000L;
    private static final String NOT_GZIP =
            "Content-Encoding is gzip but the body is not complete gzip data.";

    private final int maxBodyBytes;
    private final int minBytesPerSecond;
    private final FastPath fastPath;

    RequestGuard(StubLimits limits, FastPath fastPath) {
        this.maxBodyBytes = limits.maxBodyBytes();
        this.minBytesPerSecond = limits.minRequestBytesPerSecond();
        this.fastPath = fastPath;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String charset = MediaTypes.unsupportedCharset(request.getContentType());
        if (charset != null) {
            fault(response, 415, "The charset '" + shorten(charset) + "' of the"
                    + " Content-Type is not supported.");
            return;
        }
        if (!OmegaStub.ENDPOINT_PATH.equals(request.getRequestURI())) {
            chain.doFilter(new Certified(request, null), response);
            return;
        }
        String method = request.getMethod();
        if ("GET".equals(method)) {
            chain.doFilter(new Certified(request, null), response);
            return;
        }
        if (!"POST".equals(method)) {
            response.setHeader("Allow", "GET, POST");
            fault(response, 405, "Method " + shorten(method) + " is not allowed: POST SOAP"
                    + " 1.1 requests, or GET ?wsdl.");
            return;
        }
        String contentType = lower(request.getContentType());
        if (contentType.startsWith("application/soap+xml")) {
            fault(response, 500, FaultCode.VERSION_MISMATCH, "SOAP 1.2 (application/soap+xml)"
                    + " is not supported: this service speaks SOAP 1.1 (text/xml).");
            return;
        }
        if (!contentType.startsWith("text/xml")) {
            fault(response, 415, "Content-Type must be text/xml (SOAP 1.1); it is '"
                    + shorten(request.getContentType()) + "'.");
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            tooLarge(response);
            return;
        }
        String encoding = lower(request.getHeader("Content-Encoding"));
        if (!encoding.isEmpty() && !encoding.equals("identity") && !encoding.equals("gzip")) {
            fault(response, 415, "Content-Encoding must be gzip or none.");
            return;
        }
        byte[] body;
        try {
            body = readBody(request.getInputStream(), encoding.equals("gzip"),
                    request.getContentLengthLong());
        } catch (ZipException e) {
            fault(response, 500, FaultCode.CLIENT, NOT_GZIP);
            return;
        } catch (SlowSender e) {
            response.setHeader("Connection", "close");
            fault(response, 408, "The request body arrives slower than " + minBytesPerSecond
                    + " bytes per second.");
            return;
        } catch (IOException e) {
            incomplete(response, encoding.equals("gzip"), e);
            return;
        }
        if (body == null) {
            tooLarge(response);
            return;
        }
        Certified certified = new Certified(request, body);
        try {
            SoapEndpoint engine = fastPath.engineFor(body, request.getHeader("SOAPAction"));
            if (engine != null) {
                answer(engine, certified, response);
                return;
            }
            chain.doFilter(certified, response);
        } finally {
            SoapEndpoint.forgetThreadState();
        }
    }

    /** The engine's answer, written without WireMock: no override mapping applies. */
    private static void answer(SoapEndpoint engine, Certified request,
            HttpServletResponse response) throws IOException {
        SoapEndpoint.SoapAnswer answer = engine.answer(request.body(),
                request.getHeader("SOAPAction"),
                request.getHeader(EngineTransformer.CERTIFICATE_HEADER));
        response.setStatus(answer.status());
        response.setContentType(Soap.CONTENT_TYPE);
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /**
     * The body, inflated when gzip: WireMock would inflate it later without a bound, so
     * the guard does it here and counts the inflated bytes. Null when over the limit.
     */
    private byte[] readBody(InputStream raw, boolean gzip, long declaredLength)
            throws IOException {
        if (!gzip) {
            return readAtMost(raw, maxBodyBytes, declaredLength);
        }
        try (InputStream inflated = new GZIPInputStream(raw)) {
            return readAtMost(inflated, maxBodyBytes, -1);
        }
    }

    /**
     * The body, or null as soon as it exceeds {@code limit} bytes. A sender below the
     * minimum rate, once the grace period is over, is refused (slow senders would hold a
     * worker thread each).
     */
    private byte[] readAtMost(InputStream in, int limit, long declared) throws IOException {
        // The declared length is believed up to 64 KiB: a client that announces a large body
        // and sends nothing must not make the stub set memory aside for it.
        byte[] data = new byte[declared >= 0 && declared <= limit
                ? (int) Math.min(declared, 64 * 1024) : Math.min(4096, limit)];
        int size = 0;
        long start = System.nanoTime();
        while (true) {
            if (size == data.length) {
                int next = in.read();
                if (next == -1) {
                    return data;
                }
                if (size >= limit) {
                    return null;
                }
                data = Arrays.copyOf(data, (int) Math.min(limit, Math.max(4096L, 2L * size)));
                data[size++] = (byte) next;
                continue;
            }
            int n = in.read(data, size, data.length - size);
            if (n == -1) {
                break;
            }
            size += n;
            long elapsed = System.nanoTime() - start;
            if (elapsed > GRACE_NANOS
                    && size < minBytesPerSecond * (elapsed / 1_000_000_000.0)) {
                throw new SlowSender();
            }
        }
        return size == data.length ? data : Arrays.copyOf(data, size);
    }

    /** The sender is below the minimum data rate. */
    private static final class SlowSender extends IOException {

        SlowSender() {
            super("slow sender", null);
        }
    }

    /**
     * The body stopped before its end: the client closed its side (a Content-Length that
     * lies, gzip data cut short) or sent nothing more until the idle timeout. Told as a SOAP
     * fault; when the connection is gone, there is nobody left to tell.
     */
    private static void incomplete(HttpServletResponse response, boolean gzip, IOException e)
            throws IOException {
        if (response.isCommitted()) {
            throw e;
        }
        response.setHeader("Connection", "close");
        if (e instanceof EOFException) {
            fault(response, gzip ? 500 : 400, FaultCode.CLIENT, gzip ? NOT_GZIP
                    : "The request body ended before the length its Content-Length announced.");
        } else {
            fault(response, 408, "The request body stopped arriving before its end.");
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        response.setStatus(413);
        response.setContentType(Soap.CONTENT_TYPE);
        response.getOutputStream().write(SoapMessages.fault(new SoapFaultException(
                FaultCode.CLIENT, "The request body exceeds " + maxBodyBytes + " bytes.")));
    }

    /** A Client fault with an HTTP status other than 500 (405, 413, 415). */
    private static void fault(HttpServletResponse response, int status, String text)
            throws IOException {
        fault(response, status, FaultCode.CLIENT, text);
    }

    private static void fault(HttpServletResponse response, int status, FaultCode code,
            String text) throws IOException {
        response.setStatus(status);
        response.setContentType(Soap.CONTENT_TYPE);
        response.getOutputStream().write(SoapMessages.fault(new SoapFaultException(code, text)));
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String value) {
        String text = value == null ? "" : value;
        text = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return text.replaceAll("[^\\x20-\\x7E…]", "?");
    }

    /**
     * The request as WireMock sees it: the buffered body, and the certificate header set
     * from the TLS session only.
     */
    private static final class Certified extends HttpServletRequestWrapper {

        private final byte[] body;
        private final String certificateDn;

        Certified(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            this.certificateDn = subjectOf(request);
        }

        byte[] body() {
            return body;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            return body == null ? super.getInputStream() : new Buffered(body);
        }

        @Override
        public int getContentLength() {
            return body == null ? super.getContentLength() : body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body == null ? super.getContentLengthLong() : body.length;
        }

        @Override
        public String getHeader(String name) {
            if (EngineTransformer.CERTIFICATE_HEADER.equalsIgnoreCase(name)) {
                return certificateDn;
            }
            if (body != null && "Content-Length".equalsIgnoreCase(name)) {
                return Integer.toString(body.length);
            }
            if (body != null && "Content-Encoding".equalsIgnoreCase(name)) {
                return null;
            }
            return super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (EngineTransformer.CERTIFICATE_HEADER.equalsIgnoreCase(name)) {
                return certificateDn == null ? Collections.emptyEnumeration()
                        : Collections.enumeration(List.of(certificateDn));
            }
            if (body != null && "Content-Encoding".equalsIgnoreCase(name)) {
                return Collections.emptyEnumeration();
            }
            return super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
                String name = e.nextElement();
                boolean inflated = body != null && "Content-Encoding".equalsIgnoreCase(name);
                if (!inflated && !EngineTransformer.CERTIFICATE_HEADER.equalsIgnoreCase(name)) {
                    names.add(name);
                }
            }
            if (certificateDn != null) {
                names.add(EngineTransformer.CERTIFICATE_HEADER);
            }
            return Collections.enumeration(names);
        }

        private static String subjectOf(HttpServletRequest request) {
            Object chain = request.getAttribute("jakarta.servlet.request.X509Certificate");
            if (chain instanceof X509Certificate[] certificates && certificates.length > 0) {
                return certificates[0].getSubjectX500Principal().getName();
            }
            return null;
        }
    }

    private static final class Buffered extends ServletInputStream {

        private final ByteArrayInputStream in;

        Buffered(byte[] body) {
            this.in = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("the body is already read");
        }
    }
}
