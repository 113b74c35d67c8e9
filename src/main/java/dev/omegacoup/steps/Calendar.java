package dev.omegacoup.steps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omegacoup.conformance.Target;
import dev.omegacoup.omega.ServiceClock;
import dev.omegacoup.omega.WorkingDays;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dates of the suite: OMEGA's today, working days (AS-4) and the days scenarios book.
 * On the stub each booking takes a block of days no other scenario of the run uses, so
 * that parallel scenarios never take each other's slots, nor find them in their lists.
 */
final class Calendar {

    /** A booked day, the two days its list covers, and one to spare. */
    private static final int DAYS_PER_BOOKING = 4;
    private static final AtomicInteger NEXT_DAY = new AtomicInteger();
    private static final WorkingDays WORKING_DAYS = new WorkingDays();

    private Calendar() {
    }

    static LocalDate today(Target target) {
        return target.embedded() ? target.stub().omega().clock().today()
                : LocalDate.now(ServiceClock.PARIS);
    }

    /** The date a role gives: its fixed "date", or a fresh working day after "jourOuvre". */
    static LocalDate dateOf(JsonNode slot, Target target) {
        if (slot.hasNonNull("date")) {
            return LocalDate.parse(slot.path("date").asText());
        }
        int offset = slot.path("jourOuvre").asInt(20)
                + NEXT_DAY.getAndAdd(DAYS_PER_BOOKING);
        return WORKING_DAYS.nth(today(target), offset);
    }

    static LocalDate nextWorkingDay(LocalDate date) {
        return WORKING_DAYS.next(date);
    }

    static LocalDate previousWorkingDay(LocalDate date) {
        return WORKING_DAYS.previous(date);
    }
}
