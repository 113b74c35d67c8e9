package dev.omegacoup.assertion;

/**
 * A message that breaks the contract or the expected answer. The text says what was
 * expected, what was found and where (element, XPath, line).
 */
public final class ConformanceFailure extends AssertionError {

    public ConformanceFailure(String message) {
        super(message);
    }
}
