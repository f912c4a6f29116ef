-- The chain trigger fires under session_replication_role = replica too: a session in that role would otherwise
-- insert rows whose hashes it chose itself.
ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_chain;

-- A campaign is recorded as "key/id" once CXone gave it an id, else as its external key alone. An officer asks by
-- either: each gets a column of its own, derived from the reference (so the hashed row is unchanged), and indexed.
ALTER TABLE audit_event
    ADD COLUMN campaign_key text GENERATED ALWAYS AS (
        CASE WHEN campaign_ref ~ '^.+/[^/]+$' THEN substring(campaign_ref FROM '^(.+)/[^/]+$') ELSE campaign_ref END) STORED,
    ADD COLUMN campaign_id text GENERATED ALWAYS AS (substring(campaign_ref FROM '^.+/([^/]+)$')) STORED;

CREATE INDEX audit_event_campaign_key_idx ON audit_event (campaign_key);
CREATE INDEX audit_event_campaign_id_idx ON audit_event (campaign_id);
