-- The outbox: notifications to other systems (the workforce-management webhook), written in the same transaction
-- as the change they announce and delivered later, with retries, by a relay in any process. The record of the
-- agents dispatched to each preview campaign, which CXone's contract gives no way to read back. And an index for
-- the jobs that work on a run's staged items a group (a ref) at a time. Status values are those of the
-- application's NotificationStatus and ItemStatus enums.

-- A working table that grows: a notification is written once, claimed for each attempt and settled once, into
-- DELIVERED or DEAD, and a settled one changes no more. job_execution_id is the Spring Batch job execution that
-- wrote it, with deliberately no foreign key to the batch tables, like staged_item's run_id, so that either side can
-- be cleaned up on its own schedule.
--
-- A claim is a lease: the claiming relay counts an attempt and sets lease_until, and no other claim takes the row
-- until the lease has run out, so that two relays never attempt it at the same time and one that dies leaves it to
-- the others. Settling releases the lease.
CREATE TABLE outbox_message (
    id               bigint      GENERATED ALWAYS AS IDENTITY,
    topic            text        NOT NULL,
    destination      text        NOT NULL,
    payload          jsonb       NOT NULL,
    job_execution_id bigint      NULL,
    ref              text        NULL,
    status           text        NOT NULL DEFAULT 'PENDING',
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    lease_until      timestamptz NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    settled_at       timestamptz NULL,
    last_error       text        NULL,
    last_http_status integer     NULL,
    CONSTRAINT outbox_message_pkey PRIMARY KEY (id),
    CONSTRAINT outbox_message_topic_check CHECK (topic <> ''),
    CONSTRAINT outbox_message_destination_check CHECK (destination <> ''),
    CONSTRAINT outbox_message_payload_object_check CHECK (jsonb_typeof(payload) = 'object'),
    CONSTRAINT outbox_message_status_check CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    CONSTRAINT outbox_message_attempts_check CHECK (attempts >= 0),
    -- Settled once: a pending notification has no settlement time, a delivered or dead one has one.
    CONSTRAINT outbox_message_settled_check CHECK ((status = 'PENDING') = (settled_at IS NULL)),
    -- Only a pending notification is being attempted.
    CONSTRAINT outbox_message_lease_check CHECK (status = 'PENDING' OR lease_until IS NULL),
    -- A receiver's answer or a relay's exception can be of any length; what is kept of it is capped.
    CONSTRAINT outbox_message_last_error_check CHECK (char_length(last_error) <= 2000),
    CONSTRAINT outbox_message_last_http_status_check CHECK (last_http_status BETWEEN 100 AND 599),
    -- Delivered means the receiver answered 2xx.
    CONSTRAINT outbox_message_delivered_http_status_check CHECK (
        status <> 'DELIVERED' OR last_http_status BETWEEN 200 AND 299)
);

COMMENT ON TABLE outbox_message IS
    'Notifications to other systems, written with the change they announce and delivered later, with retries, by a relay in any process.';
COMMENT ON COLUMN outbox_message.id IS 'The notification''s id, sent to the receiver as the Idempotency-Key of every attempt.';
COMMENT ON COLUMN outbox_message.topic IS 'What the notification announces, e.g. agents.dispatched.';
COMMENT ON COLUMN outbox_message.destination IS 'The URI the notification is POSTed to.';
COMMENT ON COLUMN outbox_message.payload IS 'The body POSTed, a JSON object.';
COMMENT ON COLUMN outbox_message.job_execution_id IS 'The Spring Batch job execution that wrote the notification; null when none did.';
COMMENT ON COLUMN outbox_message.ref IS 'What the notification is about as the audit names it (a campaign''s external key); null when nothing in particular.';
COMMENT ON COLUMN outbox_message.status IS 'PENDING until delivered once (DELIVERED) or given up on (DEAD).';
COMMENT ON COLUMN outbox_message.attempts IS 'How many deliveries were attempted, the one under way included: each claim counts one.';
COMMENT ON COLUMN outbox_message.next_attempt_at IS 'When a pending notification is next due: when written, then after each failed attempt.';
COMMENT ON COLUMN outbox_message.lease_until IS 'Until when the relay that claimed the notification holds it; null when no relay does.';
COMMENT ON COLUMN outbox_message.created_at IS 'When the notification was written (the start of the writing transaction).';
COMMENT ON COLUMN outbox_message.settled_at IS 'When the notification was delivered or given up on; null while PENDING.';
COMMENT ON COLUMN outbox_message.last_error IS 'Why the last failed attempt failed, or why it is DEAD, capped at 2,000 characters; null when none failed.';
COMMENT ON COLUMN outbox_message.last_http_status IS 'The HTTP status of the delivery that succeeded; null until delivered.';

-- The relays claim the pending notifications that are due and that no live lease holds, and sleep until the
-- earliest one will be. A notification can be claimed from the later of its next attempt and its lease's end
-- (greatest() ignores a null lease), so that one expression answers both, and an index on it serves both: a range
-- scan for a claim, its first entry for the next due time. Indexing only the pending notifications keeps it the
-- size of the backlog, however many have been delivered.
CREATE INDEX outbox_message_due_idx ON outbox_message ((greatest(next_attempt_at, lease_until)))
    WHERE status = 'PENDING';

-- A run's notifications, oldest first, and their counts by status.
CREATE INDEX outbox_message_job_execution_idx ON outbox_message (job_execution_id, id);

-- One row per accepted PUT …/agents: a history, never updated. Later runs compare the roster they read with the
-- latest dispatch of each campaign, so that a roster asking the same is not sent again. Like the outbox, no
-- foreign key to the batch tables; and none to known_campaign either, so that a dispatch CXone accepted is
-- recorded whatever the registry holds.
CREATE TABLE agent_dispatch (
    id                 bigint      GENERATED ALWAYS AS IDENTITY,
    campaign_id        text        NOT NULL,
    external_key       text        NOT NULL,
    roster_fingerprint text        NOT NULL,
    requested_agents   jsonb       NOT NULL,
    sent_agents        jsonb       NOT NULL,
    accepted_agents    integer     NULL,
    assignment_id      text        NOT NULL,
    rebalances         integer     NOT NULL,
    run_id             bigint      NOT NULL,
    job_execution_id   bigint      NOT NULL,
    dispatched_at      timestamptz NOT NULL,
    CONSTRAINT agent_dispatch_pkey PRIMARY KEY (id),
    CONSTRAINT agent_dispatch_campaign_id_check CHECK (campaign_id <> ''),
    CONSTRAINT agent_dispatch_external_key_check CHECK (external_key <> ''),
    CONSTRAINT agent_dispatch_roster_fingerprint_check CHECK (roster_fingerprint <> ''),
    CONSTRAINT agent_dispatch_requested_agents_array_check CHECK (jsonb_typeof(requested_agents) = 'array'),
    CONSTRAINT agent_dispatch_sent_agents_array_check CHECK (jsonb_typeof(sent_agents) = 'array'),
    CONSTRAINT agent_dispatch_counts_check CHECK (accepted_agents >= 0 AND rebalances >= 0)
);

COMMENT ON TABLE agent_dispatch IS
    'Every accepted dispatch of agents to a preview campaign, which CXone gives no way to read back; the latest of a campaign is what it was last sent.';
COMMENT ON COLUMN agent_dispatch.id IS 'Increasing in the order dispatches were recorded: a campaign''s latest dispatch has its highest id.';
COMMENT ON COLUMN agent_dispatch.campaign_id IS 'The CXone preview campaign the agents were dispatched to.';
COMMENT ON COLUMN agent_dispatch.external_key IS 'The campaign''s key in the registry (known_campaign.external_key).';
COMMENT ON COLUMN agent_dispatch.roster_fingerprint IS 'What the roster asked for the campaign (agents, skills, windows, concurrency), hashed: a later run asking the same finds it already dispatched.';
COMMENT ON COLUMN agent_dispatch.requested_agents IS 'The user ids the roster asked for, in roster order: a JSON array of strings.';
COMMENT ON COLUMN agent_dispatch.sent_agents IS 'The user ids of the accepted dispatch, fewer than requested after a rebalance: a JSON array of strings.';
COMMENT ON COLUMN agent_dispatch.accepted_agents IS 'How many agents CXone said it updated; null when its answer did not say.';
COMMENT ON COLUMN agent_dispatch.assignment_id IS 'CXone''s id of the assignment.';
COMMENT ON COLUMN agent_dispatch.rebalances IS 'How many dispatches CXone refused for capacity before this one.';
COMMENT ON COLUMN agent_dispatch.run_id IS 'The Spring Batch job instance that dispatched; a restart keeps it, so it knows its own dispatches.';
COMMENT ON COLUMN agent_dispatch.job_execution_id IS 'The Spring Batch job execution that dispatched the agents.';
COMMENT ON COLUMN agent_dispatch.dispatched_at IS 'When CXone accepted the dispatch, as the job saw it.';

-- Each campaign's latest dispatch: a backward scan of the campaign's entries, which stops at the first.
CREATE INDEX agent_dispatch_campaign_idx ON agent_dispatch (campaign_id, id);

-- Jobs that work on a run's items a group at a time (a campaign's roster lines) list the distinct refs of the
-- pending items a page at a time, in ref order after the last ref they saw, then read each ref's items in key
-- order: both are range scans of this index, in its order. Refs are ordered byte by byte (COLLATE "C", as in the
-- suppression tables), so that the order, and so the cursor, does not depend on the server's locale; the queries
-- name the same collation, without which the index would not serve them.
--
-- The index holds a ref's first 256 characters, not the whole ref: a ref is text of any length, and a btree entry
-- holds at most 2,704 bytes, so indexing whole refs would refuse to stage an item whose ref is longer (an input
-- read as it is, before any check). 256 characters are at most 1,024 bytes, and every ref people use fits in them
-- whole. Cut at a character, the head sorts as the ref does, so ordering by head, then by ref, is ref order and
-- needs sorting only among refs that share a head; reading a ref's items compares the whole ref as well.
--
-- Like staged_item_pending_idx, indexing only the pending items keeps it small as items settle.
CREATE INDEX staged_item_pending_ref_idx ON staged_item (run_id, (left(ref, 256)) COLLATE "C", item_key)
    WHERE status = 'PENDING';
