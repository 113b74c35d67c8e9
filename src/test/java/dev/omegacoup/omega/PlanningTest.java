package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bookings: one holder per slot, and only the holder gives a slot back. */
class PlanningTest {

    private static final DatePlage WEDNESDAY_MA = new DatePlage(LocalDate.of(2027, 1, 13), "MA");

    private final Planning planning = new Planning(DataSet.packaged(), new WorkingDays());

    @Test
    void aSlotHasOneHolder() {
        assertTrue(planning.book("LYON-3", WEDNESDAY_MA, "4000000001"));

        assertFalse(planning.book("LYON-3", WEDNESDAY_MA, "4000000002"));
        assertFalse(planning.isFree("LYON-3", WEDNESDAY_MA));
    }

    @Test
    void theHolderGivesItsSlotBack() {
        planning.book("LYON-3", WEDNESDAY_MA, "4000000001");

        planning.release("LYON-3", WEDNESDAY_MA, "4000000001");

        assertTrue(planning.isFree("LYON-3", WEDNESDAY_MA));
    }

    @Test
    void aRequestCannotGiveBackASlotBookedAfterAReset() {
        planning.book("LYON-3", WEDNESDAY_MA, "4000000001");
        planning.reset();
        planning.book("LYON-3", WEDNESDAY_MA, "4000000002");

        planning.release("LYON-3", WEDNESDAY_MA, "4000000001");

        assertFalse(planning.isFree("LYON-3", WEDNESDAY_MA));
    }

    @Test
    void noSlotIsOfferedPastTheContractsLastYear() {
        Planning.Window window = planning.freeSlotsAfter("LYON-3", LocalDate.of(9999, 12, 30));

        assertEquals(4, window.free().size(), "only 9999-12-31");
        assertTrue(window.free().stream().allMatch(s -> s.date().getYear() == 9999));
    }

    @Test
    void theDataSetsOccupationsOutliveAResetAndAreNeverGivenBack() {
        Planning twelve = new Planning(TestDataSets.twelveSlots(), new WorkingDays());
        DatePlage occupied = new DatePlage(LocalDate.of(2027, 1, 12), "H08");

        twelve.reset();
        twelve.release("PLEINE", occupied, "");

        assertFalse(twelve.isFree("PLEINE", occupied));
        assertFalse(twelve.book("PLEINE", occupied, "4000000001"));
    }
}
