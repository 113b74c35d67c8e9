package dev.omegacoup.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Plain HTTP transport on the JDK client. Extra headers, when given, go with every
 * request: the suite marks its requests with a scenario id so that a fault injected
 * on the stub for one scenario never touches another.
 */
public final class HttpSoapTransport implements SoapTransport {

    private final URI endpoint;
    private final Duration receiveTimeout;
    private final HttpClient client;
    private final Map<String, String> headers;

    public HttpSoapTransport(URI endpoint, Duration connectTimeout, Duration receiveTimeout) {
        this(endpoint, newClient(connectTimeout), receiveTimeout, Map.of());
    }

    public HttpSoapTransport(URI endpoint, HttpClient client, Duration receiveTimeout,
            Map<String, String> headers) {
        this.endpoint = endpoint;
        this.receiveTimeout = receiveTimeout;
        this.client = client;
        this.headers = Map.copyOf(headers);
    }

    /** An HTTP/1.1 client that never follows redirects, to share between transports. */
    public static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The same transport waiting another time for answers. */
    public HttpSoapTransport withReceiveTimeout(Duration timeout) {
        return new HttpSoapTransport(endpoint, client, timeout, headers);
    }

    @Override
    public Exchange send(String operation, byte[] envelope) throws TransportException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(receiveTimeout)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + operation + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope));
        headers.forEach(request::header);
        Instant sent = Instant.now();
        try {
            HttpResponse<byte[]> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Exchange(operation, endpoint.toString(), sent, envelope,
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), Duration.between(sent, Instant.now()));
        } catch (HttpTimeoutException e) {
            throw new TransportException("no answer from " + endpoint + " within "
                    + receiveTimeout.toMillis() + " ms", e, true);
        } catch (ConnectException e) {
            throw new TransportException("connection refused by " + endpoint, e);
        } catch (IOException e) {
            throw new TransportException("exchange with " + endpoint + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for " + endpoint, e);
        }
    }
}
