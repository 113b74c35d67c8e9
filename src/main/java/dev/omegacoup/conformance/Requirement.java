package dev.omegacoup.conformance;

import java.util.regex.Pattern;

/** One requirement of the project's catalogue: its id, how it is covered, what it says. */
public record Requirement(String id, Kind kind, String summary) {

    /** What a tag naming a requirement looks like: {@code @BR-10}, {@code @RC-6a}. */
    public static final Pattern TAG = Pattern.compile("@([A-Z]+-\\d+[a-z]?)");

    /** Whether this id is one of the lettered ids under {@code group}, e.g. RC-6a under RC-6. */
    public boolean isUnder(String group) {
        return id.length() == group.length() + 1 && id.startsWith(group)
                && Character.isLowerCase(id.charAt(group.length()));
    }

    /** How a requirement is shown to be met. */
    public enum Kind {
        /** At least one scenario carries its id as a tag. */
        SCENARIO,
        /** Every lettered id below it is covered. */
        GROUP,
        /** A property of the product itself, checked by the build's own tests. */
        PRODUCT
    }
}
