-- What campaign-status-monitor keeps: in the registry, the run that last observed each campaign, since when CXone
-- no longer has it, and when an overdue activation was flagged; in the status history, besides transitions, the
-- anomalies (a status the lifecycle cannot reach), the campaigns that went missing and the activations flagged
-- overdue, each with the reason where there is one.

ALTER TABLE known_campaign
    ADD COLUMN last_observed_run bigint NULL,
    ADD COLUMN missing_since timestamptz NULL,
    ADD COLUMN overdue_flagged_at timestamptz NULL;

COMMENT ON COLUMN known_campaign.last_observed_run IS
    'The campaign-status-monitor run (job instance) that last read this campaign''s status in CXone; null until one did.';
COMMENT ON COLUMN known_campaign.missing_since IS
    'When CXone was found no longer to have the campaign (404, or absent from every listing page); null while it has it.';
COMMENT ON COLUMN known_campaign.overdue_flagged_at IS
    'When its activation was flagged ACTIVATION_OVERDUE, once per activation; null unless ACTIVATING past the budget.';

-- The monitor reads, run after run, the campaigns still to be checked: non-terminal, not missing, in key order.
CREATE INDEX known_campaign_monitored_idx ON known_campaign (external_key)
    WHERE status NOT IN ('COMPLETED', 'FAILED', 'CANCELED') AND missing_since IS NULL;

ALTER TABLE campaign_status_transition
    ADD COLUMN kind text NOT NULL DEFAULT 'TRANSITION',
    ADD COLUMN run_id bigint NULL,
    ADD COLUMN reason text NULL,
    ALTER COLUMN to_status DROP NOT NULL,
    ADD CONSTRAINT campaign_status_transition_kind_check CHECK (kind IN
        ('TRANSITION', 'ANOMALY', 'MISSING', 'ACTIVATION_OVERDUE')),
    -- A campaign gone missing has no status in CXone any more; every other event names the status observed.
    ADD CONSTRAINT campaign_status_transition_to_status_kind_check CHECK (kind = 'MISSING' OR to_status IS NOT NULL);

COMMENT ON COLUMN campaign_status_transition.kind IS
    'TRANSITION (a change the lifecycle allows), ANOMALY (one it forbids, e.g. COMPLETED back to ACTIVE), MISSING (CXone no longer has the campaign) or ACTIVATION_OVERDUE.';
COMMENT ON COLUMN campaign_status_transition.run_id IS 'The monitor run (job instance) that observed it; a restart keeps it. Null for transitions provisioning recorded.';
COMMENT ON COLUMN campaign_status_transition.reason IS 'Why, in words: CXone''s reason where it gave one, else the monitor''s.';

-- A run's events, for its summary and report, whichever of its executions (a restart) recorded them.
CREATE INDEX campaign_status_transition_run_idx ON campaign_status_transition (run_id, id);
