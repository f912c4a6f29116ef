package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.suppression.StagedContact;
import io.cxonebatch.application.port.out.suppression.StagedSuppression;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;

/**
 * The COPYs that stage a batch of a run's suppression entries or contacts ({@link TextCopy}), and what a batch is
 * checked for before it is sent: no NUL character, which PostgreSQL does not store, and no blank source, list or
 * contact id, which would name nothing (a contact id is also a listing's cursor). A refusal names the row by its
 * place in the batch and the field, never by its number.
 */
final class SuppressionCopy {

    static final String ENTRIES_SQL = """
            COPY suppression_entry (run_id, source, entry_id, e164, reason)
            FROM STDIN WITH (FORMAT text, ENCODING 'UTF8')""";

    static final String CONTACTS_SQL = """
            COPY suppression_contact (run_id, list_id, contact_id, e164, region)
            FROM STDIN WITH (FORMAT text, ENCODING 'UTF8')""";

    private SuppressionCopy() {
    }

    /** @throws IllegalArgumentException when an entry has a blank source or a NUL character anywhere */
    static void checkEntries(long runId, List<StagedSuppression> entries) {
        for (int row = 1; row <= entries.size(); row++) {
            StagedSuppression entry = entries.get(row - 1);
            String which = "suppression entry " + row + " of the batch of run " + runId;
            named(entry.source(), which, "source");
            storable(entry.entryId(), which, "the entry id");
            storable(entry.e164(), which, "the number");
            storable(entry.reason(), which, "the reason");
        }
    }

    /** @throws IllegalArgumentException when a contact has a blank list or contact id or a NUL character anywhere */
    static void checkContacts(long runId, List<StagedContact> contacts) {
        for (int row = 1; row <= contacts.size(); row++) {
            StagedContact contact = contacts.get(row - 1);
            String which = "contact " + row + " of the batch of run " + runId;
            named(contact.listId(), which, "list id");
            named(contact.contactId(), which, "contact id");
            storable(contact.e164(), which, "the number");
            storable(contact.region(), which, "the region");
        }
    }

    static long copyEntries(CopyManager copyManager, long runId, List<StagedSuppression> entries) throws SQLException {
        return TextCopy.copy(copyManager, ENTRIES_SQL, entries, (entry, row) -> row
                .value(runId)
                .value(entry.source())
                .value(entry.entryId())
                .value(entry.e164())
                .value(entry.reason()));
    }

    static long copyContacts(CopyManager copyManager, long runId, List<StagedContact> contacts) throws SQLException {
        return TextCopy.copy(copyManager, CONTACTS_SQL, contacts, (contact, row) -> row
                .value(runId)
                .value(contact.listId())
                .value(contact.contactId())
                .value(contact.e164())
                .value(contact.region()));
    }

    private static void named(String name, String which, String what) {
        if (name.isBlank()) {
            throw new IllegalArgumentException(which + " cannot be stored: its " + what + " is blank");
        }
        storable(name, which, "the " + what);
    }

    private static void storable(@Nullable String value, String which, String what) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(which + " cannot be stored: " + what
                    + " holds a NUL character (U+0000), which PostgreSQL does not accept in text");
        }
    }
}
