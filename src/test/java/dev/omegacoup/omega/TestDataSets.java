package dev.omegacoup.omega;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The data sets under src/test/resources/datasets. */
final class TestDataSets {

    /** The PCE of the twelve-slot data set, with four electricity appointments. */
    static final String TWELVE_SLOT_PCE = "31000000000001";

    private TestDataSets() {
    }

    static DataSet twelveSlots() {
        return DataSet.fromFile(path("twelve-slots.json"));
    }

    static Path path(String name) {
        try {
            return Path.of(TestDataSets.class.getResource("/datasets/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
