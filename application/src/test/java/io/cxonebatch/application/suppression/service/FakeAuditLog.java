package io.cxonebatch.application.suppression.service;

import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import java.util.ArrayList;
import java.util.List;

/** Keeps appended audit events in order. */
final class FakeAuditLog implements AppendAuditEventsPort {

    final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void append(List<AuditEvent> batch) {
        events.addAll(batch);
    }
}
