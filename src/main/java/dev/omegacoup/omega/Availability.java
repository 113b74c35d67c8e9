package dev.omegacoup.omega;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Whether OMEGA answers now (BR-15, BR-16, AS-5). By default it is always open and
 * never in maintenance; tests switch opening hours and maintenance on.
 */
public final class Availability {

    private volatile LocalTime opens;
    private volatile LocalTime closes;
    private volatile boolean maintenance;

    /** Restricts the service to [opens, closes[ each day; null, null lifts it. */
    public void openingHours(LocalTime opens, LocalTime closes) {
        this.opens = opens;
        this.closes = closes;
    }

    public void maintenance(boolean on) {
        maintenance = on;
    }

    public boolean inMaintenance() {
        return maintenance;
    }

    public boolean open(ZonedDateTime now) {
        LocalTime from = opens;
        LocalTime to = closes;
        if (from == null || to == null) {
            return true;
        }
        LocalTime time = now.toLocalTime();
        return !time.isBefore(from) && time.isBefore(to);
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    public void reset() {
        opens = null;
        closes = null;
        maintenance = false;
    }
}
