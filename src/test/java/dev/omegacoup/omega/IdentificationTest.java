package dev.omegacoup.omega;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** MSG-4: NumeroVersion values compare as version numbers against "V4". */
class IdentificationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"V5", "V10", "V4.1", "V4.01", "V4.10", "V999", " V5 ",
        "V99999999999", "V4.99999999999"})
    void versionAboveV4IsRecognised(String version) {
        assertEquals(true, new Identification(null, null, null, version).aboveV4());
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"V4", "V4.0", "V4.00", "V04", "V3", "V3.9", "V0", "", "4", "v5",
        "V", "V5.", "V4.1.1", "X5"})
    void versionNotAboveV4IsRecognised(String version) {
        assertEquals(false, new Identification(null, null, null, version).aboveV4());
    }
}
