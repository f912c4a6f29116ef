package io.cxonebatch.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.monitor.MonitorJob;
import io.cxonebatch.bootstrap.batch.JobHarness;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit commands on a real record: events in every format, read page by page; and keyed anchors against what someone with database access can do and the chain alone cannot see: cut the record's
 * tail, or alter a row and re-hash every row after it. {@code audit verify} calls both intact; the anchor does not.
 */
class AuditCommandIT {

    private static final String KEY = "an-operators-key-kept-away-from-the-database";

    @TempDir
    Path dataDir;

    private JobHarness harness;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        harness = JobHarness.onOwnSandbox(dataDir);
        harness.run(MonitorJob.NAME, Map.of());
        harness.run(MonitorJob.NAME, Map.of());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private int cli(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir=" + dataDir);
        all.add("-Dspring.datasource.url=" + harness.database.jdbcUrl());
        all.add("-Dspring.datasource.username=" + harness.database.username());
        all.add("-Dspring.datasource.password=" + harness.database.password());
        all.add("-Dcxone-batch.audit.anchor-key-file=" + keyFile());
        return CxoneBatchCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all.toArray(String[]::new));
    }

    private Path keyFile() {
        Path file = dataDir.resolve("anchor-key");
        try {
            if (Files.notExists(file)) {
                Files.writeString(file, KEY + "\n");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    @Test
    void anAnchorIsReachedByAnIntactChainAndByOneThatGrewSince() {
        assertThat(cli("audit", "anchor")).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("cxone-batch-audit-anchor v1 id=");
        Path anchors = dataDir.resolve("audit-anchors");
        assertThat(anchors).exists();

        harness.jdbc().sql("INSERT INTO audit_event (occurred_at, action, outcome, actor) VALUES (now(), 'LATER', 'SUCCESS', 'tester')").update();
        assertThat(cli("audit", "verify", "--anchor", anchors.toString())).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("reached: chain intact");
    }

    @Test
    void aTruncatedTailPassesTheChainCheckButNotTheAnchor() {
        assertThat(cli("audit", "anchor")).isEqualTo(ExitCodes.OK);
        long rows = rows();

        asTableOwner("DELETE FROM audit_event WHERE id > (SELECT max(id) - 2 FROM audit_event)");

        assertThat(rows()).isEqualTo(rows - 2);
        assertThat(cli("audit", "verify")).as("the chain alone cannot see it").isEqualTo(ExitCodes.OK);
        assertThat(cli("audit", "verify", "--anchor", dataDir.resolve("audit-anchors").toString())).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(err.toString()).contains("NOT reached", "is gone", "cut short");
    }

    @Test
    void anAlteredRowWithTheWholeChainReHashedPassesTheChainCheckButNotTheAnchor() {
        assertThat(cli("audit", "anchor")).isEqualTo(ExitCodes.OK);

        asTableOwner("UPDATE audit_event SET details = '{\"forged\": true}' WHERE id = (SELECT min(id) FROM audit_event)");
        asTableOwner("""
                DO $$
                DECLARE r record; previous text := repeat('0', 64);
                BEGIN
                    FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
                        UPDATE audit_event SET prev_hash = previous,
                            hash = audit_event_digest(previous, r.id, r.occurred_at, r.recorded_at, r.job_execution_id, r.job_name,
                                r.action, r.campaign_ref, r.outcome, r.http_status, r.latency_ms, r.details, r.actor)
                        WHERE id = r.id RETURNING hash INTO previous;
                    END LOOP;
                END $$""");

        assertThat(cli("audit", "verify")).as("the chain alone cannot see it").isEqualTo(ExitCodes.OK);
        assertThat(cli("audit", "verify", "--anchor", dataDir.resolve("audit-anchors").toString())).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(err.toString()).contains("NOT reached", "re-hashed");
    }

    @Test
    void eventsComeAsATableCsvOrJsonFilteredByJobAndReadPageByPage() throws Exception {
        harness.jdbc().sql("""
                INSERT INTO audit_event (occurred_at, job_name, action, campaign_ref, outcome, details, actor)
                SELECT now(), 'dialer-parameter-update', 'PACING_UPDATE', 'KEY-' || n || '/camp_' || n, 'SUCCESS',
                       jsonb_build_object('new', jsonb_build_object('maxConcurrentCalls', n)), 'test'
                FROM generate_series(1, 2500) n""").update();
        long all = harness.jdbc().sql("SELECT count(*) FROM audit_event").query(Long.class).single();

        assertThat(cli("audit", "events", "--job", "dialer-parameter-update", "--limit", "0", "--format", "csv")).isEqualTo(ExitCodes.OK);
        List<String> csv = out.toString().lines().toList();
        assertThat(csv.get(0)).isEqualTo("id,occurred_at,job_name,job_execution_id,action,campaign_ref,outcome,http_status,latency_ms,details,hash");
        assertThat(csv).hasSize(2501);
        assertThat(csv.get(2500)).contains("KEY-2500/camp_2500", "PACING_UPDATE", "\"{\"\"new\"\":{\"\"maxConcurrentCalls\"\":2500}}\"");

        assertThat(cli("audit", "events", "--limit", "0", "--format", "json")).isEqualTo(ExitCodes.OK);
        tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.size()).isEqualTo((int) all);
        assertThat(json.get(0).get("action").asString()).isEqualTo("JOB_STARTED");
        assertThat(json.get((int) all - 1).get("details").get("new").get("maxConcurrentCalls").asInt()).isEqualTo(2500);

        assertThat(cli("audit", "events", "--campaign", "camp_7")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().lines()).hasSize(2).last().asString().contains("KEY-7/camp_7");
        assertThat(cli("audit", "events", "--limit", "1500", "--format", "csv")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().lines()).as("a limit across pages").hasSize(1501);
    }

    @Test
    void anExportIsCheckedOfflineAndEveryKindOfTamperingIsNamed() throws Exception {
        // Values that test the export's escaping: a formula, a quote, the null marker, a character beyond the BMP.
        harness.jdbc().sql("""
                INSERT INTO audit_event (occurred_at, job_name, action, campaign_ref, outcome, details, actor) VALUES
                (now(), NULL, 'CAMPAIGN_CREATED', '=HYPERLINK("x")', 'SUCCESS', '{"note": "📞 été", "q": "'' quoted"}', 'test'),
                (now(), 'x', 'CAMPAIGN_CREATED', '\\N', 'SUCCESS', '{}', ''' starts with a quote')""").update();
        Path bundle = dataDir.resolve("export");
        assertThat(cli("audit", "export", bundle.toString())).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Exported " + rows() + " audit rows");
        assertThat(cli("audit", "verify-export", bundle.toString())).as(err.toString()).isEqualTo(ExitCodes.OK);
        Path events = bundle.resolve("audit-events.csv");
        assertThat(Files.readString(events)).contains("'=HYPERLINK");
        List<String> lines = Files.readAllLines(events);

        Files.write(events, lines.stream().map(line -> line.replace("été", "ete")).toList());
        assertThat(cli("audit", "verify-export", bundle.toString())).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(err.toString()).contains("audit-events.csv does not have the SHA-256 the manifest names");

        rewriteManifestDigest(bundle);
        assertThat(cli("audit", "verify-export", bundle.toString())).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(err.toString()).contains("does not have the hash of its contents: it was altered");

        List<String> withoutOne = new ArrayList<>(lines);
        withoutOne.remove(2);
        Files.write(events, withoutOne);
        rewriteManifestDigest(bundle);
        assertThat(cli("audit", "verify-export", bundle.toString())).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(err.toString()).contains("does not follow the row before it", "rows, the manifest names");
    }

    /** What a careful forger does next: give the manifest the altered file's digest. */
    private static void rewriteManifestDigest(Path bundle) throws Exception {
        Path manifest = bundle.resolve("manifest.json");
        String digest = AuditBundle.sha256(bundle.resolve("audit-events.csv"));
        Files.writeString(manifest, Files.readString(manifest).replaceAll("\"audit-events.csv\" : \"[0-9a-f]{64}\"",
                "\"audit-events.csv\" : \"" + digest + "\""));
    }

    @Test
    void anAnchorNeedsAKeyAndSaysHowToGiveOne() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        int exit = CxoneBatchCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("audit", "anchor",
                "--data-dir=" + dataDir, "-Dspring.datasource.url=" + harness.database.jdbcUrl(),
                "-Dspring.datasource.username=" + harness.database.username(), "-Dspring.datasource.password=" + harness.database.password());

        assertThat(exit).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(err.toString()).contains("CXONE_BATCH_AUDIT_ANCHOR_KEY");
    }

    private long rows() {
        return harness.jdbc().sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    }

    /** What the table's owner (or a superuser) can do: switch the append-only trigger off around a statement. */
    private void asTableOwner(String statement) {
        harness.jdbc().sql("ALTER TABLE audit_event DISABLE TRIGGER ALL").update();
        try {
            harness.jdbc().sql(statement).update();
        } finally {
            harness.jdbc().sql("ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_append_only").update();
            harness.jdbc().sql("ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_chain").update();
        }
    }
}
