package dev.omegacoup.omega;

/** A data set file that cannot be used, with the reason and where. */
public final class DataSetException extends RuntimeException {

    public DataSetException(String message) {
        super(message);
    }
}
