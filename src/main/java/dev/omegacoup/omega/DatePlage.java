package dev.omegacoup.omega;

import java.time.LocalDate;

/** A date and a slot code. */
public record DatePlage(LocalDate date, String plage) {
}
