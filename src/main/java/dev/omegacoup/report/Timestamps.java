package dev.omegacoup.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times in the reports: local time of the machine that ran the suite. */
final class Timestamps {

    private static final DateTimeFormatter WITH_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private static final DateTimeFormatter SPREADSHEET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Timestamps() {
    }

    /** 2026-05-04 10:12:03 +02:00 */
    static String withOffset(Instant instant) {
        return WITH_OFFSET.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** 2026-05-04 10:12:03, which French Excel reads as a date and time. */
    static String forSpreadsheet(Instant instant) {
        return SPREADSHEET.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String zone() {
        return ZoneId.systemDefault().getId();
    }
}
