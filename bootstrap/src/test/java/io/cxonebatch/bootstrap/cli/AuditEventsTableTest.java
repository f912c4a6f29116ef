package io.cxonebatch.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.audit.StoredAuditEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEventsTableTest {

    private static final List<String> HEADERS =
            List.of("ID", "OCCURRED", "EXEC", "ACTION", "CAMPAIGN", "OUTCOME", "HTTP", "DETAILS");

    @Test
    void everyValueStartsUnderItsHeader() {
        List<StoredAuditEvent> events = List.of(
                stored(1, new AuditEvent(Instant.parse("2026-11-01T10:15:30.123456789Z"), 12L, "campaign-provisioning",
                        "CAMPAIGN_CREATED", "spring-sale/c-000123", AuditOutcome.SUCCESS, 201, 35L, Map.of("line", 4))),
                stored(1234567, new AuditEvent(Instant.parse("2026-11-01T10:15:31Z"), null, null,
                        "AUDIT_CHAIN_VERIFIED", null, AuditOutcome.COMPLETED, null, null, Map.of())));

        List<String> lines = print(events);

        assertThat(lines).hasSize(3);
        String header = lines.get(0);
        List<List<String>> values = List.of(
                List.of("1", "2026-11-01T10:15:30.123456789Z", "12", "CAMPAIGN_CREATED", "spring-sale/c-000123",
                        "SUCCESS", "201", "{line=4}"),
                List.of("1234567", "2026-11-01T10:15:31Z", "-", "AUDIT_CHAIN_VERIFIED", "-", "COMPLETED", "-", "{}"));
        for (int row = 0; row < values.size(); row++) {
            String line = lines.get(row + 1);
            for (int column = 0; column < HEADERS.size(); column++) {
                int start = header.indexOf(HEADERS.get(column));
                assertThat((line + " ").substring(start)).as("row %d, column %s", row, HEADERS.get(column))
                        .startsWith(values.get(row).get(column) + " ");
                if (start > 0) {
                    assertThat(line.charAt(start - 1)).as("gap before %s", HEADERS.get(column)).isEqualTo(' ');
                }
            }
        }
    }

    @Test
    void noValueRunsIntoTheNextColumn() {
        List<String> lines = print(List.of(stored(9, new AuditEvent(Instant.parse("2026-11-01T10:15:30.123456789Z"), 123456789L,
                "campaign-provisioning", "A_VERY_LONG_ACTION_NAME_THAT_IS_WIDER_THAN_BEFORE", "a-campaign-key-much-longer-than-24/id",
                AuditOutcome.SUCCESS, 200, 1L, Map.of()))));

        String header = lines.get(0);
        String row = lines.get(1);
        for (int column = 1; column < HEADERS.size(); column++) {
            int start = header.indexOf(HEADERS.get(column));
            assertThat(row.substring(start - 2, start)).as("gap before %s", HEADERS.get(column)).isEqualTo("  ");
            assertThat(row.charAt(start)).as("value under %s", HEADERS.get(column)).isNotEqualTo(' ');
        }
    }

    @Test
    void noEventsPrintsTheHeaderAlone() {
        assertThat(print(List.of())).containsExactly(String.join("  ", HEADERS));
    }

    private static StoredAuditEvent stored(long id, AuditEvent event) {
        return new StoredAuditEvent(id, event, "hash");
    }

    private static List<String> print(List<StoredAuditEvent> events) {
        StringWriter out = new StringWriter();
        AuditCommand.Events.print(new PrintWriter(out, true), events);
        return out.toString().lines().toList();
    }
}
