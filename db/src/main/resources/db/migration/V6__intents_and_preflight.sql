-- Provisioning records what it is about to do before each change in CXone, and checks a plan's contact lists
-- before the first change. Values are those of the application's AuditOutcome, PlanRowStage and WebhookState.

-- INTENDED: recorded before a call that changes CXone; UNKNOWN: the call was sent and no answer said whether it
-- took effect.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_outcome_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_outcome_check CHECK (outcome IN
    ('SUCCESS', 'SKIPPED', 'REJECTED', 'FAILED', 'TIMEOUT', 'STARTED', 'COMPLETED', 'PLANNED', 'INTENDED', 'UNKNOWN'));

ALTER TABLE plan_row DROP CONSTRAINT plan_row_stage_check;
ALTER TABLE plan_row ADD CONSTRAINT plan_row_stage_check CHECK (stage IN ('VALIDATION', 'CONFLICTS', 'PREFLIGHT', 'PROVISIONING'));

-- A webhook's row is written before its POST (INTENDED) and settled after it: REGISTERED when CXone answered,
-- UNCONFIRMED when no answer said whether CXone registered it. CXone cannot list webhooks, so neither INTENDED
-- nor UNCONFIRMED is ever sent again: a second registration would deliver every event twice.
ALTER TABLE webhook_registration ADD COLUMN state text NOT NULL DEFAULT 'REGISTERED';
ALTER TABLE webhook_registration ADD CONSTRAINT webhook_registration_state_check
    CHECK (state IN ('INTENDED', 'REGISTERED', 'UNCONFIRMED'));
ALTER TABLE webhook_registration ALTER COLUMN state DROP DEFAULT;

COMMENT ON COLUMN webhook_registration.state IS
    'INTENDED before the POST, REGISTERED once CXone answered, UNCONFIRMED when no answer said; never sent twice.';
COMMENT ON COLUMN known_campaign.campaign_id IS
    'The id CXone gave the campaign; null while only the intent to create it is recorded (before CXone answered).';
