package io.cxonebatch.application.port.out.suppression;

/**
 * A contact list's result in one run.
 *
 * @param contactsRead every contact read from the list
 * @param unparseable contacts whose number could not be parsed (not eligible: nobody can prove they are not suppressed)
 * @param suppressed contacts whose number is on at least one suppression source (each contact once)
 * @param eligible contacts that may be dialled: parseable, not suppressed, and in the run's region when it names one
 */
public record ListTotals(String listId, long contactsRead, long unparseable, long suppressed, long eligible) {
}
