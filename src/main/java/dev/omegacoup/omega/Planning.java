package dev.omegacoup.omega;

import dev.omegacoup.omega.DataSet.Slot;
import dev.omegacoup.omega.DataSet.Zone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Appointment slots per zone: the catalogue of the data set, the slots a zone always
 * has taken, the dated occupations of the data set and the appointments booked since
 * the stub started. Booking is atomic, so two clients never get the same slot. A booking
 * lasts as long as its request is kept: a forgotten request gives its slot back.
 */
public final class Planning {

    /** At most two working days of all slots (BR-21). */
    public static final int MAX_PROPOSALS = 24;

    private final DataSet data;
    private final WorkingDays workingDays;
    private final Set<SlotKey> taken = ConcurrentHashMap.newKeySet();

    public Planning(DataSet data, WorkingDays workingDays) {
        this.data = data;
        this.workingDays = workingDays;
        reset();
    }

    /** Forgets the bookings made since start; the data set's occupations stay. */
    public void reset() {
        taken.clear();
        data.occupied().forEach(o -> taken.add(key(o.zone(), LocalDate.parse(o.date()),
                o.plage())));
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    public boolean isFree(String zoneCode, DatePlage slot) {
        Zone zone = data.zone(zoneCode);
        return workingDays.isWorkingDay(slot.date())
                && data.slot(slot.plage()).isPresent()
                && !zone.alwaysTaken(slot.plage())
                && !taken.contains(key(zoneCode, slot.date(), slot.plage()));
    }

    /** Takes a slot; false when another booking got it first. */
    public boolean book(String zoneCode, DatePlage slot) {
        return isFree(zoneCode, slot) && taken.add(key(zoneCode, slot.date(), slot.plage()));
    }

    /** Gives back a slot {@link #book} took. */
    public void release(String zoneCode, DatePlage slot) {
        taken.remove(key(zoneCode, slot.date(), slot.plage()));
    }

    /**
     * The free slots of the two working days that follow {@code after}, in the order of
     * the catalogue, capped at 24 (BR-21). Also gives the window's first day, so that
     * DemanderPrecSuiv can page from it.
     */
    public Window freeSlotsAfter(String zoneCode, LocalDate after) {
        LocalDate first = workingDays.next(after);
        LocalDate second = workingDays.next(first);
        List<DatePlage> free = new ArrayList<>();
        for (LocalDate day : List.of(first, second)) {
            for (Slot slot : data.slots()) {
                DatePlage candidate = new DatePlage(day, slot.plage());
                if (free.size() < MAX_PROPOSALS && isFree(zoneCode, candidate)) {
                    free.add(candidate);
                }
            }
        }
        return new Window(first, second, free);
    }

    public Slot slot(String plage) {
        return data.slot(plage).orElseThrow();
    }

    /** Two working days and their free slots. */
    public record Window(LocalDate first, LocalDate last, List<DatePlage> free) {

        public Window {
            free = List.copyOf(free);
        }
    }

    private static SlotKey key(String zone, LocalDate date, String plage) {
        return new SlotKey(zone, date, plage);
    }

    private record SlotKey(String zone, LocalDate date, String plage) {
    }
}
