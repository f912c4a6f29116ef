package io.cxonebatch.bootstrap.serve;

import io.cxonebatch.application.audit.AuditAnchor;
import io.cxonebatch.application.audit.AuditAnchors;
import io.cxonebatch.bootstrap.batch.AuditAnchorFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Under {@code serve}, an audit anchor every {@code cxone-batch.audit.anchor-interval}: appended to the anchor file and
 * logged, so that a copy also leaves the machine with the logs. Anchors are taken only when the chain grew since the
 * last one.
 */
final class AnchorSchedule implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnchorSchedule.class);

    private final @Nullable AuditAnchors anchors;
    private final Path file;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "audit-anchor");
        thread.setDaemon(true);
        return thread;
    });
    private long lastAnchoredId = -1;

    /** With no anchors (no key configured) it only says so, once. */
    AnchorSchedule(@Nullable AuditAnchors anchors, Path file, Duration interval) {
        this.anchors = anchors;
        this.file = file;
        if (anchors == null) {
            log.warn("No audit anchors are taken: set CXONE_BATCH_AUDIT_ANCHOR_KEY (or cxone-batch.audit.anchor-key-file) "
                    + "to anchor the audit chain every {}", interval);
            return;
        }
        timer.scheduleAtFixedRate(this::anchorOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void anchorOnce() {
        if (anchors == null) {
            return;
        }
        try {
            Optional<AuditAnchor> anchor = anchors.take();
            if (anchor.isEmpty() || anchor.get().id() == lastAnchoredId) {
                return;
            }
            AuditAnchorFile.append(file, anchor.get());
            lastAnchoredId = anchor.get().id();
            log.info("{}", anchor.get().line());
        } catch (Exception e) {
            log.warn("Could not take an audit anchor: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
