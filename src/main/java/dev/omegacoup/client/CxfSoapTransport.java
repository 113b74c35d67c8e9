package dev.omegacoup.client;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.service.model.EndpointInfo;
import org.apache.cxf.transport.ConduitInitiator;
import org.apache.cxf.transport.ConduitInitiatorManager;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.apache.cxf.transports.http.configuration.ProxyServerType;

/**
 * The harness's transport on Apache CXF's HTTP conduit: the envelope's bytes go out as
 * they are (no re-serialisation), over HTTP or HTTPS with a client certificate, through
 * a proxy if asked, with CXF's connection and receive time-outs. Redirects are never
 * followed, so a client certificate is never presented to another host. A gzip answer
 * is inflated, and no answer is read past {@link TransportSettings#maxResponseBytes()}.
 */
public final class CxfSoapTransport implements SoapTransport {

    private static final String HTTP_TRANSPORT = "http://cxf.apache.org/transports/http";
    /** One CXF bus for the whole harness: creating one loads all of CXF's extensions. */
    private static final Bus BUS = BusFactory.newInstance().createBus();

    private final TransportSettings settings;
    private final TLSClientParameters tls;
    private final Map<String, String> extraHeaders;

    public CxfSoapTransport(TransportSettings settings) {
        this(settings, Map.of());
    }

    /**
     * @param extraHeaders sent with every request; the suite marks its requests with a
     *                     scenario id so that faults injected for one touch no other
     */
    public CxfSoapTransport(TransportSettings settings, Map<String, String> extraHeaders) {
        this.settings = settings;
        this.tls = "https".equalsIgnoreCase(settings.endpoint().getScheme()) ? tls(settings)
                : null;
        this.extraHeaders = Map.copyOf(extraHeaders);
    }

    /**
     * Checks that the endpoint answers HTTP at all (any status will do) with a GET of
     * its WSDL address, so that a wrong address, certificate or trust store is reported
     * once, before the suite starts.
     */
    public void probe() throws TransportException {
        HTTPConduit conduit = conduit();
        AtomicReference<Message> answer = new AtomicReference<>();
        conduit.setMessageObserver(answer::set);
        Message request = request("probe");
        request.put(Message.HTTP_REQUEST_METHOD, "GET");
        request.put(Message.ENDPOINT_ADDRESS, settings.endpoint() + "?wsdl");
        try {
            conduit.prepare(request);
            request.getContent(OutputStream.class).close();
            if (answer.get() == null) {
                throw new TransportException("no answer from " + settings.endpoint(), null);
            }
        } catch (IOException e) {
            throw new TransportException(diagnose(e), e);
        } finally {
            conduit.close();
        }
    }

    @Override
    public Exchange send(String operation, byte[] envelope) throws TransportException {
        Instant sent = Instant.now();
        HTTPConduit conduit = conduit();
        AtomicReference<Message> answer = new AtomicReference<>();
        conduit.setMessageObserver(answer::set);
        Message request = request(operation);
        try {
            conduit.prepare(request);
            try (OutputStream out = request.getContent(OutputStream.class)) {
                out.write(envelope);
            }
            Message in = answer.get();
            if (in == null) {
                throw new TransportException("no answer from " + settings.endpoint(), null);
            }
            return exchange(operation, envelope, sent, in);
        } catch (IOException e) {
            throw new TransportException(diagnose(e), e, timedOut(e));
        } finally {
            conduit.close();
        }
    }

    private static boolean timedOut(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private Exchange exchange(String operation, byte[] envelope, Instant sent, Message in)
            throws IOException {
        int status = (Integer) in.getOrDefault(Message.RESPONSE_CODE, 0);
        Map<String, List<String>> headers = headers(in);
        byte[] body = read(in.getContent(InputStream.class), first(headers, "content-encoding"));
        return new Exchange(operation, settings.endpoint().toString(), sent, envelope, status,
                first(headers, "content-type"), body, Duration.between(sent, Instant.now()));
    }

    private HTTPConduit conduit() {
        try {
            EndpointInfo endpoint = new EndpointInfo();
            endpoint.setAddress(settings.endpoint().toString());
            ConduitInitiator initiator = BUS.getExtension(ConduitInitiatorManager.class)
                    .getConduitInitiator(HTTP_TRANSPORT);
            HTTPConduit conduit = (HTTPConduit) initiator.getConduit(endpoint, BUS);
            conduit.setClient(policy());
            if (tls != null) {
                conduit.setTlsClientParameters(tls);
            }
            return conduit;
        } catch (IOException | org.apache.cxf.BusException e) {
            throw new IllegalStateException("CXF has no HTTP conduit", e);
        }
    }

    private HTTPClientPolicy policy() {
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(settings.connectTimeout().toMillis());
        policy.setReceiveTimeout(settings.receiveTimeout().toMillis());
        policy.setAutoRedirect(false);
        policy.setAllowChunking(false);
        policy.setAcceptEncoding("gzip");
        if (settings.proxy() != null) {
            policy.setProxyServer(settings.proxy().getHost());
            policy.setProxyServerPort(settings.proxy().getPort());
            policy.setProxyServerType(ProxyServerType.HTTP);
        }
        return policy;
    }

    private Message request(String operation) {
        Message message = new MessageImpl();
        org.apache.cxf.message.Exchange exchange = new ExchangeImpl();
        exchange.setOutMessage(message);
        exchange.setSynchronous(true);
        message.setExchange(exchange);
        message.put(Message.HTTP_REQUEST_METHOD, "POST");
        message.put(Message.CONTENT_TYPE, "text/xml; charset=utf-8");
        message.put(Message.ENDPOINT_ADDRESS, settings.endpoint().toString());
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("SOAPAction", List.of("\"" + operation + "\""));
        extraHeaders.forEach((name, value) -> headers.put(name, List.of(value)));
        message.put(Message.PROTOCOL_HEADERS, headers);
        return message;
    }

    private byte[] read(InputStream raw, String encoding) throws IOException {
        if (raw == null) {
            return new byte[0];
        }
        InputStream in = "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(raw) : raw;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try (in) {
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + n > settings.maxResponseBytes()) {
                    throw new IOException("the response exceeds "
                            + settings.maxResponseBytes() + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> headers(Message in) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Object raw = in.get(Message.PROTOCOL_HEADERS);
        if (raw instanceof Map<?, ?> map) {
            headers.putAll((Map<String, List<String>>) map);
        }
        Object contentType = in.get(Message.CONTENT_TYPE);
        if (contentType != null) {
            headers.putIfAbsent("content-type", List.of(contentType.toString()));
        }
        return headers;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    /** One line a user can act on, whatever CXF and the JDK wrapped around the cause. */
    private String diagnose(IOException e) {
        String endpoint = settings.endpoint().toString();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLHandshakeException) {
                return "TLS handshake with " + endpoint + " failed: " + handshake(t);
            }
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return "no answer from " + endpoint + " within "
                        + settings.receiveTimeout().toSeconds() + " s (SES-5)";
            }
            if (t instanceof ConnectException) {
                return "connection refused by " + endpoint;
            }
            if (t instanceof SSLException) {
                return "TLS with " + endpoint + " failed: " + handshake(t);
            }
        }
        return "exchange with " + endpoint + " failed: " + e.getMessage();
    }

    private static String handshake(Throwable t) {
        String message = String.valueOf(t.getMessage());
        if (message.contains("PKIX") || message.contains("unable to find valid certification")) {
            return "the server's certificate is not trusted (check --truststore)";
        }
        if (message.contains("bad_certificate") || message.contains("certificate_required")
                || message.contains("certificate_unknown")) {
            return "the server refused the client certificate (check --keystore)";
        }
        return message;
    }

    private static TLSClientParameters tls(TransportSettings settings) {
        try {
            TLSClientParameters parameters = new TLSClientParameters();
            if (settings.keystore() != null) {
                KeyManagerFactory keys = KeyManagerFactory.getInstance(
                        KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load(settings.keystore(), settings.keystorePassword()),
                        password(settings.keystorePassword()));
                parameters.setKeyManagers(keys.getKeyManagers());
            }
            if (settings.truststore() != null) {
                TrustManagerFactory trust = TrustManagerFactory.getInstance(
                        TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(settings.truststore(), settings.truststorePassword()));
                parameters.setTrustManagers(trust.getTrustManagers());
            }
            return parameters;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use the keystore or trust store: "
                    + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path file, String password) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            store.load(in, password(password));
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalArgumentException("cannot read " + file);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot open " + file + ": wrong password, or"
                    + " not a PKCS#12 file");
        }
        return store;
    }

    private static char[] password(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }
}
