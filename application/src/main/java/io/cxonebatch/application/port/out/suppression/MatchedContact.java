package io.cxonebatch.application.port.out.suppression;

import java.util.List;

/**
 * A contact of a list whose number is suppressed, once however many entries match it.
 *
 * @param e164 the number that matched, normalised
 * @param sources every source that holds it, sorted
 * @param reasons every reason those entries give, sorted; empty when none gives one
 */
public record MatchedContact(String contactId, String e164, List<String> sources, List<String> reasons) {

    public MatchedContact {
        sources = List.copyOf(sources);
        reasons = List.copyOf(reasons);
    }
}
