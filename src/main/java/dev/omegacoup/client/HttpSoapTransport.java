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

/** Plain HTTP transport on the JDK client, used against the embedded stub. */
public final class HttpSoapTransport implements SoapTransport {

    private final URI endpoint;
    private final Duration receiveTimeout;
    private final HttpClient client;

    public HttpSoapTransport(URI endpoint, Duration connectTimeout, Duration receiveTimeout) {
        this.endpoint = endpoint;
        this.receiveTimeout = receiveTimeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public Exchange send(String operation, byte[] envelope) throws TransportException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(receiveTimeout)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + operation + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope))
                .build();
        Instant sent = Instant.now();
        try {
            HttpResponse<byte[]> response =
                    client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Exchange(operation, endpoint.toString(), sent, envelope,
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), Duration.between(sent, Instant.now()));
        } catch (HttpTimeoutException e) {
            throw new TransportException("no answer from " + endpoint + " within "
                    + receiveTimeout.toSeconds() + " s", e);
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
