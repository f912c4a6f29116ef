-- adherence-report: each run's rows (one per campaign whose planned window touches the business date), and which
-- run's rows are the date's report. A run's rows become the report when it publishes them, in the transaction that
-- points the date at the run and deletes the rows of the run it replaces: one report per date, never two, and the
-- old figures stay in the audit trail (each row is audited when computed).

CREATE TABLE adherence_row (
    run_id                      bigint      NOT NULL,
    business_date               date        NOT NULL,
    campaign_id                 text        NOT NULL,
    external_key                text        NOT NULL,
    name                        text        NOT NULL,
    timezone                    text        NOT NULL,
    window_start                timestamptz NOT NULL,
    window_end                  timestamptz NOT NULL,
    planned_seconds             bigint      NOT NULL,
    dialled_inside_seconds      bigint      NOT NULL,
    dialled_outside_seconds     bigint      NOT NULL,
    calls_attempted             bigint      NOT NULL,
    calls_connected             bigint      NOT NULL,
    calls_outside_calling_hours bigint      NOT NULL,
    has_data                    boolean     NOT NULL,
    computed_at                 timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT adherence_row_pkey PRIMARY KEY (run_id, campaign_id),
    CONSTRAINT adherence_row_counts_check CHECK (planned_seconds >= 0 AND dialled_inside_seconds >= 0
        AND dialled_outside_seconds >= 0 AND calls_attempted >= 0 AND calls_connected >= 0
        AND calls_outside_calling_hours >= 0),
    -- No data is no data: nothing dialled, nothing attempted.
    CONSTRAINT adherence_row_no_data_check CHECK (has_data OR (dialled_inside_seconds = 0 AND dialled_outside_seconds = 0
        AND calls_attempted = 0))
);

COMMENT ON TABLE adherence_row IS 'Each adherence-report run''s figures per campaign and business date; the date''s report is the published run''s rows.';
COMMENT ON COLUMN adherence_row.run_id IS 'The adherence-report job instance that computed the row; a restart keeps it.';
COMMENT ON COLUMN adherence_row.planned_seconds IS 'The part of the planned window inside the business date, in seconds.';
COMMENT ON COLUMN adherence_row.dialled_inside_seconds IS 'Seconds dialled inside the planned window on the date.';
COMMENT ON COLUMN adherence_row.dialled_outside_seconds IS 'Seconds dialled outside the planned window on the date.';
COMMENT ON COLUMN adherence_row.calls_outside_calling_hours IS 'Calls attempted outside the legal calling hours of the campaign''s zone.';
COMMENT ON COLUMN adherence_row.has_data IS 'False when CXone had no analytics for the campaign that day: reported as no data, never as 0 or 100 %.';

CREATE TABLE adherence_report (
    business_date date        NOT NULL PRIMARY KEY,
    run_id        bigint      NOT NULL,
    published_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE adherence_report IS 'Which run''s rows are each business date''s adherence report.';

-- The report as officers read it: the published rows of every date, with adherence computed.
CREATE VIEW adherence_report_current AS
SELECT r.business_date, r.campaign_id, r.external_key, r.name, r.timezone, r.window_start, r.window_end,
       r.planned_seconds, r.dialled_inside_seconds, r.dialled_outside_seconds, r.calls_attempted, r.calls_connected,
       r.calls_outside_calling_hours, r.has_data,
       CASE WHEN r.has_data AND r.planned_seconds > 0
            THEN least(1.0, r.dialled_inside_seconds::numeric / r.planned_seconds) END AS adherence,
       p.run_id, p.published_at
FROM adherence_report p JOIN adherence_row r ON r.run_id = p.run_id AND r.business_date = p.business_date;

COMMENT ON VIEW adherence_report_current IS 'Each business date''s adherence report, one row per campaign; adherence is null when there was no data or nothing planned.';

-- The campaigns whose planned window touches a date: windows that start before the day ends, read in key order.
CREATE INDEX known_campaign_window_idx ON known_campaign (window_start, window_end);
