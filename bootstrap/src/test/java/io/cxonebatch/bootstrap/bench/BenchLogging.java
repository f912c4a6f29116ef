package io.cxonebatch.bootstrap.bench;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warnings and errors only in this JVM. Without a configuration of its own, Logback logs everything at DEBUG: the
 * embedded PostgreSQL's output, the pool's housekeeping and the CXone client's line per request, which would fill
 * the console and, for the client, cost the stages measured here time that the job (logging at INFO) does not
 * spend.
 */
final class BenchLogging {

    private BenchLogging() {
    }

    static void warningsOnly() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}
