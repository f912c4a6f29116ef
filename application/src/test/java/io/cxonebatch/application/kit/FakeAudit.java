package io.cxonebatch.application.kit;

import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps appended audit events in order; safe for several threads. */
public final class FakeAudit implements AppendAuditEventsPort {

    public final List<AuditEvent> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void append(List<AuditEvent> batch) {
        events.addAll(batch);
    }

    public List<String> actions() {
        return events.stream().map(e -> e.action() + ":" + e.outcome()).toList();
    }

    public AuditEvent only(String action, AuditOutcome outcome) {
        List<AuditEvent> found = events.stream().filter(e -> e.action().equals(action) && e.outcome() == outcome).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + action + " " + outcome + " event, got " + actions());
        }
        return found.get(0);
    }

    /** The details of the one event of this action and outcome, as plain objects for assertions. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Object> detailsOf(String action, AuditOutcome outcome) {
        return (java.util.Map<String, Object>) only(action, outcome).details();
    }
}
