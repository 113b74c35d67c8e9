package dev.omegacoup.omega;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days (AS-4): Monday to Friday, less French public holidays (jollyday). Jollyday
 * works a year's holidays out again on every question, and every appointment call asks
 * several, so each year's holidays are kept once computed.
 */
public final class WorkingDays {

    private final HolidayManager holidays =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !holidaysOf(date.getYear()).contains(date);
    }

    private Set<LocalDate> holidaysOf(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> holidays.getHolidays(Year.of(y)).stream()
                .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet()));
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate next(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previous(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The n-th working day after {@code date} (n = 1 is the next one). */
    public LocalDate nth(LocalDate date, int n) {
        LocalDate day = date;
        for (int i = 0; i < n; i++) {
            day = next(day);
        }
        return day;
    }
}
