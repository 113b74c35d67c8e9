package dev.omegacoup.conformance;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A failure a target is known to have, declared in its data set so that the run can
 * tell it from a new one: the requirement id, a part of the scenario title, and why.
 */
public record KnownDeviation(String requirement, String scenario, String reason) {

    /**
     * Whether it concerns a scenario: the scenario carries the id (or a lettered id under
     * it, RC-6a under RC-6) and its title contains the declared text, ignoring case.
     */
    public boolean matches(String title, Collection<String> tags) {
        boolean named = tags.stream().map(t -> t.startsWith("@") ? t.substring(1) : t)
                .anyMatch(id -> id.equals(requirement) || (id.length() == requirement.length() + 1
                        && id.startsWith(requirement)
                        && Character.isLowerCase(id.charAt(requirement.length()))));
        return named && title.toLowerCase(Locale.ROOT)
                .contains(scenario.toLowerCase(Locale.ROOT));
    }

    /** The first declaration concerning a scenario. */
    public static Optional<KnownDeviation> declaredFor(List<KnownDeviation> declared,
            String title, Collection<String> tags) {
        return declared.stream().filter(d -> d.matches(title, tags)).findFirst();
    }

    public String describe() {
        return requirement + " \"" + scenario + "\": " + reason;
    }
}
