package io.cxonebatch.application.port.out.audit;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Reads the audit record for compliance queries. */
public interface QueryAuditEventsPort {

    List<StoredAuditEvent> findAuditEvents(AuditQuery query);

    /**
     * Hands every row that occurred in [{@code from}, {@code to}) to {@code sink}, in chain order, as its hash was
     * computed; the rows are streamed, never held all at once.
     */
    void exportRows(@Nullable Instant from, @Nullable Instant to, Consumer<AuditRowText> sink);
}
