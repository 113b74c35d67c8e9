package dev.omegacoup.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** One request sent and the response received, kept as evidence. */
public record Exchange(String operation, String endpoint, Instant sentAt, byte[] request,
        int status, String contentType, byte[] response, Duration elapsed) {

    public String requestText() {
        return new String(request, StandardCharsets.UTF_8);
    }

    public String responseText() {
        return new String(response, StandardCharsets.UTF_8);
    }
}
