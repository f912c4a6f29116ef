package io.cxonebatch.application.suppression;

/** The suppression-crossref job: its name, and the name of CXone's own suppression list among the sources. */
public final class SuppressionJob {

    public static final String NAME = "suppression-crossref";
    /** CXone's suppression list, as the source of its entries. */
    public static final String CXONE_SOURCE = "cxone";

    private SuppressionJob() {
    }
}
