package io.cxonebatch.adapters.persistence;

import static io.cxonebatch.adapters.persistence.Suppressions.CXONE;
import static io.cxonebatch.adapters.persistence.Suppressions.FILE;
import static io.cxonebatch.adapters.persistence.Suppressions.newRun;
import static io.cxonebatch.adapters.persistence.Suppressions.walk;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.application.port.out.suppression.ListTotals;
import io.cxonebatch.application.port.out.suppression.MatchedContact;
import io.cxonebatch.application.port.out.suppression.SourceCount;
import io.cxonebatch.application.port.out.suppression.StagedContact;
import io.cxonebatch.application.port.out.suppression.StagedSuppression;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The whole path at volume: 200,000 suppressions staged a file's chunk at a time, 200,000 contacts a CXone page at a
 * time, and one list matched. Entry {@code i} suppresses the number of contact {@code i} for every fourth contact,
 * except that every fortieth entry is unparseable; every fiftieth contact (from the second) is unparseable.
 */
@RealPostgres
class SuppressionVolumeIT {

    private static final int SIZE = 200_000;
    private static final int FILE_CHUNK = 10_000;
    private static final int CXONE_PAGE = 1_000;
    private static final String LIST = "list-volume";

    private final SuppressionPersistenceAdapter adapter;

    SuppressionVolumeIT(DataSource dataSource) {
        this.adapter = new SuppressionPersistenceAdapter(dataSource);
    }

    @Test
    void matchesTwoHundredThousandContactsAgainstTwoHundredThousandSuppressions() {
        long run = newRun();
        for (int from = 0; from < SIZE; from += FILE_CHUNK) {
            adapter.stageSuppressions(run, IntStream.range(from, from + FILE_CHUNK).mapToObj(SuppressionVolumeIT::entry).toList());
        }
        for (int from = 0; from < SIZE; from += CXONE_PAGE) {
            adapter.stageContacts(run, IntStream.range(from, from + CXONE_PAGE).mapToObj(SuppressionVolumeIT::contact).toList());
        }

        ListTotals totals = adapter.matchList(run, LIST, null);

        // Matched: every fourth contact (50,000) but those whose entry is unparseable (every fortieth, 5,000).
        assertThat(totals).isEqualTo(new ListTotals(LIST, 200_000, 4_000, 45_000, 151_000));
        assertThat(adapter.sourceCounts(run)).containsExactly(
                new SourceCount(CXONE, 100_000, 5_000), new SourceCount(FILE, 100_000, 0));
        List<MatchedContact> matches = walk(cursor -> adapter.matches(run, LIST, cursor, 5_000)).items();
        assertThat(matches).hasSize(45_000).extracting(MatchedContact::contactId).doesNotHaveDuplicates().isSorted();
        assertThat(matches).allSatisfy(match -> assertThat(match.sources()).containsExactly(sourceOf(idOf(match))));
        assertThat(walk(cursor -> adapter.eligibleContactIds(run, LIST, null, cursor, 5_000)).items())
                .hasSize(151_000).startsWith(contactId(0), contactId(2), contactId(3)).doesNotHaveDuplicates();
    }

    private static StagedSuppression entry(int i) {
        @Nullable String e164 = i % 40 == 0 ? null : numberOf(i);
        return new StagedSuppression(sourceOf(i), "line " + (i + 1), e164, i % 3 == 0 ? "asked on call " + i : null);
    }

    private static StagedContact contact(int i) {
        @Nullable String e164 = i % 50 == 1 ? null : i % 4 == 0 ? numberOf(i) : "+4420" + (70_000_000 + i);
        return new StagedContact(LIST, contactId(i), e164, null);
    }

    private static String sourceOf(int i) {
        return i % 2 == 0 ? CXONE : FILE;
    }

    private static String numberOf(int i) {
        return "+1646" + (1_000_000 + i);
    }

    private static String contactId(int i) {
        return "c%06d".formatted(i);
    }

    private static int idOf(MatchedContact match) {
        return Integer.parseInt(match.contactId().substring(1));
    }
}
