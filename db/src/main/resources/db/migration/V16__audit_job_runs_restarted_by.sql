-- A restart keeps the parameters of the run it resumes, launched.by among them; who asked for the restart is
-- recorded under restarted.by in its JOB_STARTED row (empty for a first start). The view shows it beside the
-- launcher instead of among the parameters. CREATE OR REPLACE keeps the existing columns and grants, and adds the
-- two new ones last.
CREATE OR REPLACE VIEW audit_job_runs AS
SELECT s.job_execution_id, s.job_name, s.occurred_at AS started_at, f.occurred_at AS finished_at,
       coalesce(f.details ->> 'status', 'RUNNING OR ENDED WITHOUT A RECORD') AS status,
       split_part(s.details ->> 'launched.by', ':', 1) AS launched_by_kind,
       substr(s.details ->> 'launched.by', length(split_part(s.details ->> 'launched.by', ':', 1)) + 2) AS launched_by,
       s.details ->> 'owner' AS process,
       s.details - 'owner' - 'jobInstanceId' - 'launched.by' - 'run.id' - 'restarted.by' AS parameters,
       (f.details ->> 'read')::bigint AS items_read, (f.details ->> 'done')::bigint AS items_done,
       (f.details ->> 'alreadyDone')::bigint AS items_already_done, (f.details ->> 'rejected')::bigint AS items_rejected,
       (f.details ->> 'failed')::bigint AS items_failed,
       nullif(split_part(s.details ->> 'restarted.by', ':', 1), '') AS restarted_by_kind,
       nullif(substr(s.details ->> 'restarted.by', length(split_part(s.details ->> 'restarted.by', ':', 1)) + 2), '') AS restarted_by
FROM audit_event s
LEFT JOIN LATERAL (
    SELECT occurred_at, details FROM audit_event f
    WHERE f.action = 'JOB_FINISHED' AND f.job_execution_id = s.job_execution_id
    ORDER BY f.id DESC LIMIT 1) f ON true
WHERE s.action = 'JOB_STARTED';
