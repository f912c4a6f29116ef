package io.cxonebatch.application.adherence;

/** The adherence-report job's name. */
public final class AdherenceJob {

    public static final String NAME = "adherence-report";

    private AdherenceJob() {
    }
}
