package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.FaultSettings;

/**
 * What a suppression-crossref run reads: one generated contact list of {@code contacts} rows in one region, against
 * CXone's suppression list of {@code suppressions} entries, one in {@code stride} of which repeats a contact's number
 * (stride 16 suppresses about 5 % of 1,000,000 contacts against 1,000,000 entries).
 */
record CrossrefData(String listId, long contacts, long suppressions, int stride) {

    static final String REGION = "NA-EAST";

    CrossrefData {
        if (contacts < 1 || suppressions < 1 || stride < 1) {
            throw new IllegalArgumentException("crossref data needs at least one contact, one entry and a stride of 1, got "
                    + contacts + ", " + suppressions + ", " + stride);
        }
    }

    /** A sandbox serving this data and nothing else, no faults, no rate limit. */
    CxoneSandbox sandbox(Bench bench) {
        return bench.sandboxBuilder().contactList(listId, contacts, REGION).suppressionCount(suppressions)
                .suppressionMatchStride(stride).faults(FaultSettings.none()).start();
    }

    CrossrefData withContacts(long more) {
        return new CrossrefData(listId, more, suppressions, stride);
    }

    String label() {
        return Report.count(contacts) + " contacts against " + Report.count(suppressions) + " suppressions (match stride "
                + stride + ")";
    }
}
