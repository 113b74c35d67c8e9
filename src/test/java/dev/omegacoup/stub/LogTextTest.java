package dev.omegacoup.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Request text in logs cannot forge lines nor flood them. */
class LogTextTest {

    @Test
    void lineBreaksAreEscapedNotWritten() {
        assertEquals("login\\u000d\\u000aINFO forged", LogText.of("login\r\nINFO forged"));
    }

    @Test
    void longTextIsCutWithAMark() {
        String cut = LogText.of("x".repeat(10_000));

        assertTrue(cut.length() <= LogText.MAX + 1, "length " + cut.length());
        assertTrue(cut.endsWith("…"));
    }
}
