package dev.omegacoup.assertion;

import java.util.Objects;

/** The one shape of "expected … but was …" failures: requirement ids, element, values. */
public final class Expect {

    private Expect() {
    }

    /**
     * @param requirements the ids concerned, e.g. "RC-4, BR-20"
     * @param element      the element and its XPath
     */
    public static void equal(String requirements, String element, Object expected,
            Object actual) {
        equal(requirements, element, expected, actual, "");
    }

    /** @param context what else the answer said, to explain the difference */
    public static void equal(String requirements, String element, Object expected,
            Object actual, String context) {
        if (!Objects.equals(expected, actual)) {
            throw new ConformanceFailure("[" + requirements + "] " + element + ": expected \""
                    + expected + "\" but was \"" + actual + "\"" + context);
        }
    }

    public static void that(boolean condition, String requirements, String element,
            String expected, Object actual) {
        if (!condition) {
            throw new ConformanceFailure("[" + requirements + "] " + element + ": expected "
                    + expected + " but was " + actual);
        }
    }
}
