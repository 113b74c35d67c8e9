package dev.omegacoup.stub;

/**
 * Protections of the stub's HTTP side, with safe defaults: request body size (raw and
 * inflated), minimum data rate and idle time-out against slow senders, worker threads,
 * and who may use the admin API.
 */
public record StubLimits(int maxBodyBytes, int minRequestBytesPerSecond, long idleTimeoutMillis,
        int workerThreads, boolean remoteAdmin) {

    public static final StubLimits DEFAULTS =
            new StubLimits(1024 * 1024, 1024, 30_000, 200, false);

    public StubLimits {
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
        }
    }

    public StubLimits withRemoteAdmin(boolean allowed) {
        return new StubLimits(maxBodyBytes, minRequestBytesPerSecond, idleTimeoutMillis,
                workerThreads, allowed);
    }

    public StubLimits withMaxBodyBytes(int bytes) {
        return new StubLimits(bytes, minRequestBytesPerSecond, idleTimeoutMillis, workerThreads,
                remoteAdmin);
    }
}
