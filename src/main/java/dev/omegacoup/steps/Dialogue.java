package dev.omegacoup.steps;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What the supplier knows of its dialogue besides the last answer: the date it asked
 * for, the last date it proposed, the two working days OMEGA's lists should cover, the
 * call it expects to wait too long for, and whether it gave up waiting.
 */
final class Dialogue {

    private LocalDate requestedDate;
    private LocalDate proposedDate;
    private Window window;
    private Window previousWindow;
    private String slowOperation;
    private boolean gaveUp;
    private Duration waited = Duration.ZERO;

    LocalDate requestedDate() {
        return requestedDate;
    }

    void requestedDate(LocalDate date) {
        requestedDate = date;
    }

    LocalDate proposedDate() {
        return proposedDate;
    }

    void proposedDate(LocalDate date) {
        proposedDate = date;
    }

    /** The list OMEGA offers after asking for {@code date}: the next two working days. */
    void windowAfter(LocalDate date) {
        if (date != null) {
            moveTo(Window.after(date));
        }
    }

    /** DemanderPrecSuiv: the two working days after, or before, the current list. */
    void windowPaged(String sens) {
        if (window != null) {
            moveTo("SUIV".equals(sens) ? Window.after(window.last())
                    : Window.before(window.first()));
        }
    }

    Window window() {
        return window;
    }

    Window previousWindow() {
        return previousWindow;
    }

    /** The next call of this operation will be answered after the client's time-out. */
    void expectSlowAnswer(String operation) {
        slowOperation = operation;
    }

    /** Whether this call is the slow one; asking consumes the expectation. */
    boolean takeSlowAnswer(String operation) {
        boolean slow = operation.equals(slowOperation);
        if (slow) {
            slowOperation = null;
        }
        return slow;
    }

    void waited(Duration time, boolean gaveUpWaiting) {
        waited = time;
        gaveUp = gaveUpWaiting;
    }

    boolean gaveUp() {
        return gaveUp;
    }

    Duration waitedFor() {
        return waited;
    }

    private void moveTo(Window next) {
        previousWindow = window;
        window = next;
    }

    /** Two consecutive working days. */
    record Window(LocalDate first, LocalDate last) {

        static Window after(LocalDate date) {
            LocalDate first = Calendar.nextWorkingDay(date);
            return new Window(first, Calendar.nextWorkingDay(first));
        }

        static Window before(LocalDate date) {
            LocalDate last = Calendar.previousWorkingDay(date);
            return new Window(Calendar.previousWorkingDay(last), last);
        }

        boolean contains(LocalDate date) {
            return date.equals(first) || date.equals(last);
        }

        @Override
        public String toString() {
            return first + " and " + last;
        }
    }
}
