-- The rows of a campaign plan a job run is working through, and the webhooks this project registered in CXone.

-- A working table, unlike audit_event: rows are staged when the file is read, updated once when they settle
-- and deleted when a run is cleared. run_id is the Spring Batch job instance id; there is deliberately no
-- foreign key to the batch tables, so that either side can be cleaned up on its own schedule.
-- Status and stage values are those of the application's PlanRowStatus and PlanRowStage enums.
CREATE TABLE plan_row (
    run_id       bigint      NOT NULL,
    line         bigint      NOT NULL,
    external_key text        NULL,
    cells        jsonb       NOT NULL,
    status       text        NOT NULL,
    stage        text        NULL,
    violations   jsonb       NOT NULL DEFAULT '[]',
    campaign_id  text        NULL,
    changes      jsonb       NOT NULL DEFAULT '[]',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT plan_row_pkey PRIMARY KEY (run_id, line),
    -- Line 1 is the header.
    CONSTRAINT plan_row_line_check CHECK (line >= 2),
    CONSTRAINT plan_row_status_check CHECK (status IN
        ('PENDING', 'REJECTED', 'PROVISIONED', 'ALREADY_PRESENT', 'PLANNED', 'FAILED')),
    CONSTRAINT plan_row_stage_check CHECK (stage IN ('VALIDATION', 'CONFLICTS', 'PROVISIONING')),
    -- A pending row has not been through a step that could reject it; a rejected or failed one says where it was.
    CONSTRAINT plan_row_pending_stage_check CHECK (status <> 'PENDING' OR stage IS NULL),
    CONSTRAINT plan_row_rejected_stage_check CHECK (status NOT IN ('REJECTED', 'FAILED') OR stage IS NOT NULL),
    CONSTRAINT plan_row_cells_object_check CHECK (jsonb_typeof(cells) = 'object'),
    CONSTRAINT plan_row_violations_array_check CHECK (jsonb_typeof(violations) = 'array'),
    CONSTRAINT plan_row_changes_array_check CHECK (jsonb_typeof(changes) = 'array')
);

COMMENT ON TABLE plan_row IS
    'The rows of a campaign plan staged for one job run, and what became of each: restarts resume from here, not from the file.';
COMMENT ON COLUMN plan_row.run_id IS 'The Spring Batch job instance id of the run; a restart keeps it.';
COMMENT ON COLUMN plan_row.line IS 'The line the row starts on in the file; the header is line 1.';
COMMENT ON COLUMN plan_row.cells IS 'Every cell of the row as read, as a JSON object of lower-case column name to text.';
COMMENT ON COLUMN plan_row.stage IS 'The step that rejected or failed the row; null while PENDING and when it succeeded.';
COMMENT ON COLUMN plan_row.violations IS 'Why the row was rejected or failed: a JSON array of {code, field, message}.';
COMMENT ON COLUMN plan_row.campaign_id IS 'The CXone campaign the row was provisioned as or adopted; null when there is none.';
COMMENT ON COLUMN plan_row.changes IS 'What was done for the row, or in a dry run what would be done: a JSON array of strings.';

-- The provisioning step reads the pending rows of a run a page at a time, in line order, after the last line
-- it saw. Indexing only the pending rows keeps that index small as rows settle: by the end of a run it is empty.
CREATE INDEX plan_row_pending_idx ON plan_row (run_id, line) WHERE status = 'PENDING';

-- Counting a run's rows by status: an index-only scan once vacuum has marked the pages all-visible, without
-- reading the rows and their cells.
CREATE INDEX plan_row_run_status_idx ON plan_row (run_id, status);

-- CXone's webhook contract gives no way to list registrations, so this table is the only record of them.
CREATE TABLE webhook_registration (
    id               bigserial   NOT NULL PRIMARY KEY,
    name             text        NOT NULL,
    event_filter     text        NOT NULL,
    uri              text        NOT NULL,
    registered_at    timestamptz NOT NULL,
    job_execution_id bigint      NULL,
    -- Two nodes registering the same webhook at once: the first record wins, the second insert does nothing.
    CONSTRAINT webhook_registration_event_filter_uri_key UNIQUE (event_filter, uri)
);

COMMENT ON TABLE webhook_registration IS 'Webhooks cxone-batch registered in CXone, at most one per event filter and URI.';
COMMENT ON COLUMN webhook_registration.event_filter IS 'The CXone event the webhook is for, e.g. campaign.preview.activated.';
COMMENT ON COLUMN webhook_registration.job_execution_id IS 'The job execution that registered it; null outside a job.';
