package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AS-4: Monday to Friday, less French public holidays. */
class WorkingDaysTest {

    private final WorkingDays days = new WorkingDays();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2027-01-01, false", "2027-03-29, false", "2027-05-01, false", "2027-05-06, false",
        "2027-05-08, false", "2027-05-17, false", "2027-07-14, false", "2027-08-15, false",
        "2027-11-01, false", "2027-11-11, false", "2027-12-25, false", "2030-05-30, false",
        "2027-01-16, false", "2027-01-17, false", "2027-01-11, true", "2027-01-15, true",
        "2027-07-13, true", "2027-05-07, true",
    })
    void holidaysAndWeekendsAreNotWorkingDays(LocalDate date, boolean working) {
        assertEquals(working, days.isWorkingDay(date));
    }

    @ParameterizedTest(name = "after {0}")
    @CsvSource({
        "2027-07-13, 2027-07-15", "2027-05-05, 2027-05-07", "2027-05-07, 2027-05-10",
        "2027-01-15, 2027-01-18", "2027-12-31, 2028-01-03",
    })
    void nextAndPreviousSkipHolidaysAndWeekends(LocalDate date, LocalDate next) {
        assertEquals(next, days.next(date));
        assertEquals(date, days.previous(next));
    }

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource({"2027-01-11, 1, 2027-01-12", "2027-01-11, 4, 2027-01-15",
        "2027-01-11, 5, 2027-01-18", "2027-07-12, 2, 2027-07-15", "2027-07-12, 0, 2027-07-12"})
    void nthCountsWorkingDaysOnly(LocalDate date, int n, LocalDate expected) {
        assertEquals(expected, days.nth(date, n));
    }

    @Test
    void keptHolidaysAnswerAsJollydayDoesDayByDay() {
        HolidayManager jollyday =
                HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));

        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2061;
                day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertEquals(!weekend && !jollyday.isHoliday(day), days.isWorkingDay(day),
                    day.toString());
        }
    }
}
