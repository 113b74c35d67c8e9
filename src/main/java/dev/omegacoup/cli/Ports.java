package dev.omegacoup.cli;

/** TCP port options. */
final class Ports {

    private Ports() {
    }

    static void check(String option, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(option + " must be 0 (any free port) to 65535;"
                    + " it is " + port);
        }
    }
}
