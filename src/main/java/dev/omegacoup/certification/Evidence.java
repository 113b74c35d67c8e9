package dev.omegacoup.certification;

import java.time.Instant;

/** One exchange cited as evidence: when, what it was, and a piece of what was sent. */
record Evidence(Instant at, String client, String exchange, String excerpt) {

    static Evidence of(RecordedExchange exchange, String excerpt) {
        return new Evidence(exchange.receivedAt(), exchange.client(),
                exchange.headline() + " (" + exchange.dialogue() + ")", excerpt);
    }

    static Evidence of(RecordedExchange exchange) {
        return of(exchange, Excerpt.ofRequest(exchange));
    }

    String describe() {
        return at + " " + exchange + ": " + excerpt;
    }
}
