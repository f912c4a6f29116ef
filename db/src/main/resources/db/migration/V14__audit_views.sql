-- Views for compliance officers who query the database directly (docs/compliance.md). Each reads audit_event
-- only, so that what they show is what the hash chain protects.

-- Every change made in CXone, per campaign, with the previous and new values where the job recorded them. A change
-- whose answer was lost (UNKNOWN) is listed too: CXone may have made it.
CREATE VIEW audit_campaign_changes AS
SELECT id, occurred_at, campaign_key, campaign_id, job_name, job_execution_id, action, outcome, http_status,
       coalesce(details -> 'previous', CASE WHEN details ? 'from' THEN details -> 'from' END) AS previous_value,
       coalesce(details -> 'new', CASE WHEN details ? 'to' THEN details -> 'to' END)          AS new_value,
       details, actor
FROM audit_event
WHERE campaign_ref IS NOT NULL
  AND outcome IN ('SUCCESS', 'UNKNOWN')
  AND action NOT LIKE '%\_READ' ESCAPE '\'
  AND action NOT IN ('CAMPAIGN_LISTED', 'ACTIVE_PREVIEWS_COUNTED', 'ADHERENCE_COMPUTED', 'NOTIFICATION_DELIVERED',
                     'SUPPRESSION_SOURCE_LOADED', 'SUPPRESSION_LIST_CHECKED');

-- Every change that was attempted and did not happen, or whose outcome is not known.
CREATE VIEW audit_failed_changes AS
SELECT id, occurred_at, campaign_key, campaign_id, job_name, job_execution_id, action, outcome, http_status,
       details ->> 'reason' AS reason, details, actor
FROM audit_event
WHERE outcome IN ('FAILED', 'TIMEOUT', 'UNKNOWN')
  AND action NOT IN ('JOB_FINISHED');

-- Every input row a job refused, with its reasons.
CREATE VIEW audit_rejected_rows AS
SELECT e.id, e.occurred_at, e.job_name, e.job_execution_id, (e.details ->> 'line')::bigint AS line,
       e.campaign_ref AS row_ref, e.details ->> 'stage' AS stage,
       (SELECT string_agg(v ->> 'code' || ': ' || (v ->> 'message'), ' | ')
        FROM jsonb_array_elements(e.details -> 'violations') v) AS reasons,
       e.details -> 'violations' AS violations
FROM audit_event e
WHERE e.action = 'PLAN_ROW_REJECTED';

-- The suppression cross-reference per contact list and run.
CREATE VIEW audit_suppression_results AS
SELECT id, occurred_at, job_execution_id, details ->> 'listId' AS list_id, details ->> 'region' AS region, outcome,
       (details ->> 'contactsRead')::bigint AS contacts_read, (details ->> 'unparseable')::bigint AS unparseable,
       (details ->> 'suppressed')::bigint AS suppressed, (details ->> 'eligible')::bigint AS eligible,
       details ->> 'reason' AS reason
FROM audit_event
WHERE action = 'SUPPRESSION_LIST_CHECKED';

-- Every job run: who or what started it (quartz, cli, jmx or api, and the OS user, principal or firing), where it
-- ran, how it ended and its counts.
CREATE VIEW audit_job_runs AS
SELECT s.job_execution_id, s.job_name, s.occurred_at AS started_at, f.occurred_at AS finished_at,
       coalesce(f.details ->> 'status', 'RUNNING OR ENDED WITHOUT A RECORD') AS status,
       split_part(s.details ->> 'launched.by', ':', 1) AS launched_by_kind,
       substr(s.details ->> 'launched.by', length(split_part(s.details ->> 'launched.by', ':', 1)) + 2) AS launched_by,
       s.details ->> 'owner' AS process,
       s.details - 'owner' - 'jobInstanceId' - 'launched.by' - 'run.id' AS parameters,
       (f.details ->> 'read')::bigint AS items_read, (f.details ->> 'done')::bigint AS items_done,
       (f.details ->> 'alreadyDone')::bigint AS items_already_done, (f.details ->> 'rejected')::bigint AS items_rejected,
       (f.details ->> 'failed')::bigint AS items_failed
FROM audit_event s
LEFT JOIN LATERAL (
    SELECT occurred_at, details FROM audit_event f
    WHERE f.action = 'JOB_FINISHED' AND f.job_execution_id = s.job_execution_id
    ORDER BY f.id DESC LIMIT 1) f ON true
WHERE s.action = 'JOB_STARTED';
