-- One working table for the items of every job (plan rows, roster lines, pacing changes), in the words every job
-- shares. Campaign provisioning's plan rows move into it from plan_row, and plan_row becomes a view over them
-- that still speaks provisioning's words, for the people, reports and tools that query it.

-- Like plan_row before it, a working table: items are staged (bulk-loaded with COPY) when the input is read,
-- updated once when they settle and deleted when a run is cleared. run_id is the Spring Batch job instance id,
-- unique across jobs, with deliberately no foreign key to the batch tables, so that either side can be cleaned up
-- on its own schedule. Status values are those of the application's ItemStatus enum. Stages are each job's own
-- step names, so only their shape is checked here.
CREATE TABLE staged_item (
    job_name   text        NOT NULL,
    run_id     bigint      NOT NULL,
    item_key   bigint      NOT NULL,
    ref        text        NULL,
    fields     jsonb       NOT NULL,
    status     text        NOT NULL,
    stage      text        NULL,
    violations jsonb       NOT NULL DEFAULT '[]',
    result_ref text        NULL,
    changes    jsonb       NOT NULL DEFAULT '[]',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT staged_item_pkey PRIMARY KEY (run_id, item_key),
    CONSTRAINT staged_item_job_name_check CHECK (job_name <> ''),
    -- A place in the input (a file's line, a record's number), so that a listing can start below every key.
    CONSTRAINT staged_item_item_key_check CHECK (item_key >= 0),
    CONSTRAINT staged_item_status_check CHECK (status IN
        ('PENDING', 'DONE', 'ALREADY_DONE', 'PLANNED', 'REJECTED', 'FAILED')),
    CONSTRAINT staged_item_stage_check CHECK (stage <> ''),
    -- A pending item has not been through a step that could reject it; a rejected or failed one says where it was.
    CONSTRAINT staged_item_pending_stage_check CHECK (status <> 'PENDING' OR stage IS NULL),
    CONSTRAINT staged_item_problem_stage_check CHECK (status NOT IN ('REJECTED', 'FAILED') OR stage IS NOT NULL),
    CONSTRAINT staged_item_fields_object_check CHECK (jsonb_typeof(fields) = 'object'),
    CONSTRAINT staged_item_violations_array_check CHECK (jsonb_typeof(violations) = 'array'),
    CONSTRAINT staged_item_changes_array_check CHECK (jsonb_typeof(changes) = 'array')
);

COMMENT ON TABLE staged_item IS
    'The items of a job run staged from its input, and what became of each: restarts resume from here, not from the input.';
COMMENT ON COLUMN staged_item.job_name IS 'The Spring Batch job the run belongs to, e.g. campaign-provisioning.';
COMMENT ON COLUMN staged_item.run_id IS 'The Spring Batch job instance id of the run; a restart keeps it.';
COMMENT ON COLUMN staged_item.item_key IS 'The item''s place in the input (a file''s line), unique in the run and increasing in input order.';
COMMENT ON COLUMN staged_item.ref IS 'What people call the item (a plan row''s external key); null when the input left it blank.';
COMMENT ON COLUMN staged_item.fields IS 'The item''s input as read, as a JSON object of field name to text.';
COMMENT ON COLUMN staged_item.status IS 'PENDING until settled once into DONE, ALREADY_DONE, PLANNED, REJECTED or FAILED.';
COMMENT ON COLUMN staged_item.stage IS 'The step that rejected or failed the item; null while PENDING and when it succeeded.';
COMMENT ON COLUMN staged_item.violations IS 'Why the item was rejected or failed: a JSON array of {code, field, message}.';
COMMENT ON COLUMN staged_item.result_ref IS 'What the item became in CXone (a campaign id); null when nothing.';
COMMENT ON COLUMN staged_item.changes IS 'What was done for the item, or in a dry run what would be done: a JSON array of strings.';

-- Working steps read the pending items of a run a page at a time, in key order, after the last key they saw.
-- Indexing only the pending items keeps that index small as items settle: by the end of a run it is empty.
CREATE INDEX staged_item_pending_idx ON staged_item (run_id, item_key) WHERE status = 'PENDING';

-- Counting a run's items by status: an index-only scan once vacuum has marked the pages all-visible, without
-- reading the items and their fields.
CREATE INDEX staged_item_run_status_idx ON staged_item (run_id, status);

-- Every plan row, with its timestamps, in the shared words: provisioned is done, already present is already done.
INSERT INTO staged_item (job_name, run_id, item_key, ref, fields, status, stage, violations, result_ref, changes,
                         created_at, updated_at)
SELECT 'campaign-provisioning', run_id, line, external_key, cells,
       CASE status
           WHEN 'PROVISIONED' THEN 'DONE'
           WHEN 'ALREADY_PRESENT' THEN 'ALREADY_DONE'
           ELSE status
       END,
       stage, violations, campaign_id, changes, created_at, updated_at
FROM plan_row;

DROP TABLE plan_row;

CREATE VIEW plan_row AS
SELECT run_id,
       item_key AS line,
       ref AS external_key,
       fields AS cells,
       CASE status
           WHEN 'DONE' THEN 'PROVISIONED'
           WHEN 'ALREADY_DONE' THEN 'ALREADY_PRESENT'
           ELSE status
       END AS status,
       stage,
       violations,
       result_ref AS campaign_id,
       changes,
       created_at,
       updated_at
FROM staged_item
WHERE job_name = 'campaign-provisioning';

COMMENT ON VIEW plan_row IS
    'campaign-provisioning''s plan rows in its own words (PROVISIONED, ALREADY_PRESENT, line, cells, campaign_id), for people and tools that query the database; the rows live in staged_item, which the application writes.';
COMMENT ON COLUMN plan_row.line IS 'The line the row starts on in the plan file; the header is line 1.';
COMMENT ON COLUMN plan_row.cells IS 'Every cell of the row as read, as a JSON object of lower-case column name to text.';
COMMENT ON COLUMN plan_row.status IS 'PENDING, REJECTED, PROVISIONED, ALREADY_PRESENT, PLANNED or FAILED.';
COMMENT ON COLUMN plan_row.campaign_id IS 'The CXone campaign the row was provisioned as or adopted; null when there is none.';
