package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.application.port.out.suppression.ListTotals;
import io.cxonebatch.sandbox.SandboxInspection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's ground truth of one list: how many of its contacts are suppressed and how many cannot be parsed,
 * and how long the sandbox took to work them out (it reads every generated entry into a set of suppressed numbers,
 * about 1,000,000 strings for 1,000,000 entries, then every contact twice).
 */
record CrossrefTruth(long suppressed, long unparseable, Duration took) {

    static CrossrefTruth of(SandboxInspection sandbox, String listId) {
        long started = System.nanoTime();
        long suppressed = sandbox.expectedSuppressedContacts(listId);
        long unparseable = sandbox.expectedUnparseableContactIds(listId).size();
        return new CrossrefTruth(suppressed, unparseable, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * What is wrong with a list's totals: every contact read once, the suppressed and unparseable counts exactly the
     * ground truth, and every other contact eligible (the run names no region).
     */
    List<String> problems(CrossrefData data, ListTotals totals) {
        List<String> problems = new ArrayList<>();
        if (totals.contactsRead() != data.contacts()) {
            problems.add("contacts read " + totals.contactsRead() + ", list size " + data.contacts());
        }
        if (totals.suppressed() != suppressed) {
            problems.add("suppressed " + totals.suppressed() + ", expected " + suppressed);
        }
        if (totals.unparseable() != unparseable) {
            problems.add("unparseable " + totals.unparseable() + ", expected " + unparseable);
        }
        long eligible = data.contacts() - suppressed - unparseable;
        if (totals.eligible() != eligible) {
            problems.add("eligible " + totals.eligible() + ", expected " + eligible);
        }
        return problems;
    }
}
