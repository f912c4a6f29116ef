package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.application.port.out.suppression.ListTotals;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a suppression-crossref run printed at its end: the entries of CXone's suppression list, and one list's totals.
 *
 * @param entries entries read from CXone's suppression list
 * @param unparseableEntries of them, those whose number cannot be parsed
 */
record CrossrefSummary(long entries, long unparseableEntries, ListTotals list) {

    private static final Pattern SOURCE = Pattern.compile("source cxone: ([\\d,]+) entries, ([\\d,]+) unparseable");
    private static final String LIST = "list %s: ([\\d,]+) contacts, ([\\d,]+) suppressed, ([\\d,]+) eligible, ([\\d,]+) unparseable";

    /** The last summary of {@code listId} in {@code output}, if the run got as far as printing one. */
    static Optional<CrossrefSummary> lastIn(String output, String listId) {
        Optional<MatchResult> source = last(SOURCE.matcher(output));
        Optional<MatchResult> list = last(Pattern.compile(String.format(LIST, Pattern.quote(listId))).matcher(output));
        if (source.isEmpty() || list.isEmpty()) {
            return Optional.empty();
        }
        MatchResult totals = list.get();
        return Optional.of(new CrossrefSummary(number(source.get().group(1)), number(source.get().group(2)), new ListTotals(listId,
                number(totals.group(1)), number(totals.group(4)), number(totals.group(2)), number(totals.group(3)))));
    }

    private static Optional<MatchResult> last(Matcher matcher) {
        MatchResult last = null;
        while (matcher.find()) {
            last = matcher.toMatchResult();
        }
        return Optional.ofNullable(last);
    }

    private static long number(String printed) {
        return Long.parseLong(printed.replace(",", ""));
    }
}
