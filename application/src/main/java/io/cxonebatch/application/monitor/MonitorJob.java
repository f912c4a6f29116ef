package io.cxonebatch.application.monitor;

/** The campaign-status-monitor job's name. */
public final class MonitorJob {

    public static final String NAME = "campaign-status-monitor";

    private MonitorJob() {
    }
}
