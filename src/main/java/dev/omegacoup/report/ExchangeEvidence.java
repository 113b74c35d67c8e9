package dev.omegacoup.report;

import java.time.Instant;

/** One request and its response as the reports show and save them, numbered from 1. */
public record ExchangeEvidence(int number, String operation, String endpoint, Instant sentAt,
        int status, String contentType, long elapsedMillis, byte[] request, byte[] response) {

    /** The name its files start with: {@code 01-CreerDemandeCOUP}. */
    public String baseName() {
        return String.format("%02d-%s", number, operation.replaceAll("[^A-Za-z0-9]", ""));
    }
}
