package io.cxonebatch.application.port.out.cxone;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One interval in which a campaign dialled, as CXone analytics reports it. */
public record ActivityInterval(
        Instant start, Instant end, @Nullable String disposition, long callsAttempted, long callsConnected, long dialingSeconds) {
}
