-- The compliance record: one row per change made in CXone, per rejected plan row and per job run.
--
-- Append-only: a statement trigger refuses UPDATE, DELETE and TRUNCATE.
-- Tamper-evident: a row trigger chains every new row to the one before it by SHA-256, so that an altered,
-- removed or inserted row shows when the chain is re-walked (audit_event_digest is the one definition of
-- a row's hash, used both when writing and when verifying).

-- CACHE 1 (the default, stated because it matters): ids are drawn under the chain lock, and a per-session
-- cache would hand out ids out of chain order.
CREATE SEQUENCE audit_event_id_seq AS bigint CACHE 1;

CREATE TABLE audit_event (
    id               bigint      NOT NULL PRIMARY KEY,
    occurred_at      timestamptz NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    job_execution_id bigint      NULL,
    job_name         text        NULL,
    action           text        NOT NULL,
    campaign_ref     text        NULL,
    outcome          text        NOT NULL,
    http_status      integer     NULL,
    latency_ms       bigint      NULL,
    details          jsonb       NOT NULL DEFAULT '{}',
    actor            text        NOT NULL,
    prev_hash        text        NOT NULL,
    hash             text        NOT NULL,
    -- The values of the application's AuditOutcome enum.
    CONSTRAINT audit_event_outcome_check CHECK (outcome IN
        ('SUCCESS', 'SKIPPED', 'REJECTED', 'FAILED', 'TIMEOUT', 'STARTED', 'COMPLETED', 'PLANNED')),
    CONSTRAINT audit_event_details_object_check CHECK (jsonb_typeof(details) = 'object')
);

ALTER SEQUENCE audit_event_id_seq OWNED BY audit_event.id;

COMMENT ON TABLE audit_event IS
    'Append-only, hash-chained compliance record of every change cxone-batch makes in CXone, every rejected plan row and every job run.';
COMMENT ON COLUMN audit_event.id IS 'Position in the hash chain: assigned by the chain trigger, in chain order.';
COMMENT ON COLUMN audit_event.occurred_at IS 'When the action happened, as the writer saw it.';
COMMENT ON COLUMN audit_event.recorded_at IS 'When the database stored the row.';
COMMENT ON COLUMN audit_event.actor IS 'Who wrote the row, e.g. OS user@host of the node that ran the job.';
COMMENT ON COLUMN audit_event.prev_hash IS 'hash of the row before this one in id order; 64 zeros for the first row.';
COMMENT ON COLUMN audit_event.hash IS 'audit_event_digest(prev_hash and every content column), hex-encoded SHA-256.';

CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_job_execution_id_idx ON audit_event (job_execution_id);
CREATE INDEX audit_event_campaign_ref_idx ON audit_event (campaign_ref);
CREATE INDEX audit_event_action_idx ON audit_event (action);

-- One field of the canonical text: its length, a colon and the value, or "~" for null. The length prefix
-- keeps the text unambiguous whatever characters a value holds, and tells null from empty.
CREATE FUNCTION audit_event_field(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN value IS NULL THEN '~' ELSE length(value) || ':' || value END
$$;

-- A timestamp as UTC ISO-8601 with microseconds, whatever the session's TimeZone.
CREATE FUNCTION audit_event_instant(value timestamptz) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT to_char(value AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

-- The hash of one row: SHA-256 of the canonical text of the previous row's hash and every content column,
-- in column order, prefixed with a format tag so that a later format can live next to this one.
-- details::text of jsonb is canonical (keys ordered, whitespace normalised).
CREATE FUNCTION audit_event_digest(
    prev_hash text,
    id bigint,
    occurred_at timestamptz,
    recorded_at timestamptz,
    job_execution_id bigint,
    job_name text,
    action text,
    campaign_ref text,
    outcome text,
    http_status integer,
    latency_ms bigint,
    details jsonb,
    actor text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT encode(sha256(convert_to(
               'audit_event/v1'
               || '|' || audit_event_field(prev_hash)
               || '|' || audit_event_field(id::text)
               || '|' || audit_event_field(audit_event_instant(occurred_at))
               || '|' || audit_event_field(audit_event_instant(recorded_at))
               || '|' || audit_event_field(job_execution_id::text)
               || '|' || audit_event_field(job_name)
               || '|' || audit_event_field(action)
               || '|' || audit_event_field(campaign_ref)
               || '|' || audit_event_field(outcome)
               || '|' || audit_event_field(http_status::text)
               || '|' || audit_event_field(latency_ms::text)
               || '|' || audit_event_field(details::text)
               || '|' || audit_event_field(actor),
               'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_event_chain() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    previous_hash text;
BEGIN
    -- The previous row is read with a fresh snapshot after the lock; an older snapshot
    -- (REPEATABLE READ, SERIALIZABLE) could miss the last committed row and fork the chain.
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audit_event rows must be appended in a READ COMMITTED transaction, this one is %',
            upper(current_setting('transaction_isolation'))
            USING ERRCODE = 'invalid_transaction_state',
                  HINT = 'Append audit events in their own READ COMMITTED transaction.';
    END IF;
    -- One appender at a time, across sessions and nodes, until commit. The id is drawn only once the
    -- lock is held, so that id order is chain order even with concurrent writers.
    PERFORM pg_advisory_xact_lock(hashtextextended('cxone-batch.audit_event', 0));
    NEW.id := nextval('audit_event_id_seq');
    SELECT e.hash INTO previous_hash FROM audit_event e ORDER BY e.id DESC LIMIT 1;
    NEW.prev_hash := coalesce(previous_hash, repeat('0', 64));
    NEW.hash := audit_event_digest(NEW.prev_hash, NEW.id, NEW.occurred_at, NEW.recorded_at,
        NEW.job_execution_id, NEW.job_name, NEW.action, NEW.campaign_ref, NEW.outcome,
        NEW.http_status, NEW.latency_ms, NEW.details, NEW.actor);
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_event_chain
    BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
        USING ERRCODE = 'restrict_violation',
              DETAIL = 'Compliance record rows are never updated, deleted or truncated.';
END;
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- ALWAYS: also under session_replication_role = replica, which would otherwise skip the trigger.
ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_append_only;
