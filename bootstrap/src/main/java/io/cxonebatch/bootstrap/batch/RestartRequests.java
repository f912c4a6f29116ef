package io.cxonebatch.bootstrap.batch;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Who asked for the restart a thread is making, for the restarted run's {@code JOB_STARTED} audit row
 * ({@link RunAudit}). A restart keeps the parameters of the run it resumes, {@code launched.by} among them, so without
 * this the audit would name the first run's launcher as the one who resumed it.
 */
final class RestartRequests {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RestartRequests() {
    }

    /** Makes {@code restart} on this thread as asked by {@code requestedBy} ({@code cli:<user>}, {@code api:<principal>}, ...). */
    static <T> T during(String requestedBy, Callable<T> restart) throws Exception {
        CURRENT.set(requestedBy);
        try {
            return restart.call();
        } finally {
            CURRENT.remove();
        }
    }

    /** Who asked for the restart being made on this thread; empty for a start. */
    static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
