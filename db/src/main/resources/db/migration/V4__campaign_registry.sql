-- The campaigns this project created or adopted, keyed by the plan's external key, and every status
-- change observed in CXone. Type and status values are those of the domain enums CampaignType and
-- CampaignStatus.

CREATE TABLE known_campaign (
    external_key       text        NOT NULL PRIMARY KEY,
    campaign_id        text        NULL,
    name               text        NOT NULL,
    type               text        NOT NULL,
    status             text        NOT NULL,
    timezone           text        NOT NULL,
    window_start       timestamptz NOT NULL,
    window_end         timestamptz NOT NULL,
    queue_id           text        NULL,
    target_list_id     text        NULL,
    status_observed_at timestamptz NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT known_campaign_campaign_id_key UNIQUE (campaign_id),
    CONSTRAINT known_campaign_type_check CHECK (type IN ('PREDICTIVE', 'PROGRESSIVE', 'PREVIEW')),
    CONSTRAINT known_campaign_status_check CHECK (status IN
        ('DRAFT', 'SCHEDULED', 'ACTIVATING', 'ACTIVE', 'PAUSED', 'COMPLETED', 'FAILED', 'CANCELED')),
    CONSTRAINT known_campaign_window_check CHECK (window_end > window_start)
);

COMMENT ON TABLE known_campaign IS 'Campaigns cxone-batch created or adopted, keyed by the plan''s external key.';
COMMENT ON COLUMN known_campaign.campaign_id IS 'The id CXone gave the campaign; null until CXone answered the create call.';
COMMENT ON COLUMN known_campaign.status IS 'The last status observed in CXone, at status_observed_at.';

-- The status monitor polls every campaign whose status can still change.
CREATE INDEX known_campaign_non_terminal_idx ON known_campaign (external_key)
    WHERE status NOT IN ('COMPLETED', 'FAILED', 'CANCELED');

CREATE TABLE campaign_status_transition (
    id               bigserial   NOT NULL PRIMARY KEY,
    campaign_id      text        NOT NULL REFERENCES known_campaign (campaign_id),
    from_status      text        NULL,
    to_status        text        NOT NULL,
    observed_at      timestamptz NOT NULL,
    job_execution_id bigint      NULL,
    CONSTRAINT campaign_status_transition_from_status_check CHECK (from_status IN
        ('DRAFT', 'SCHEDULED', 'ACTIVATING', 'ACTIVE', 'PAUSED', 'COMPLETED', 'FAILED', 'CANCELED')),
    CONSTRAINT campaign_status_transition_to_status_check CHECK (to_status IN
        ('DRAFT', 'SCHEDULED', 'ACTIVATING', 'ACTIVE', 'PAUSED', 'COMPLETED', 'FAILED', 'CANCELED'))
);

COMMENT ON TABLE campaign_status_transition IS 'Every status change of a known campaign observed in CXone.';

CREATE INDEX campaign_status_transition_campaign_idx ON campaign_status_transition (campaign_id, observed_at);
