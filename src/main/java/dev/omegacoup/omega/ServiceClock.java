package dev.omegacoup.omega;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * OMEGA's clock, in France's time zone. It follows the system clock until a test sets
 * it; from then on it ticks from the instant it was set to, so results are
 * reproducible while time still passes.
 */
public final class ServiceClock {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private volatile Clock clock = Clock.system(PARIS);

    public void set(Instant now) {
        clock = Clock.offset(Clock.system(PARIS),
                java.time.Duration.between(Instant.now(), now));
    }

    public void reset() {
        clock = Clock.system(PARIS);
    }

    public Instant instant() {
        return clock.instant();
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
