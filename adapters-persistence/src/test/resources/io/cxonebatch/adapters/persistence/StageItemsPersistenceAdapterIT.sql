-- Run 1: a plan part-way through provisioning, one item in each status and stage, written as another writer would.
INSERT INTO staged_item (job_name, run_id, item_key, ref, fields, status, stage, violations, result_ref, changes)
VALUES ('campaign-provisioning', 1, 2, 'plan-pending-a', '{"external_key": "plan-pending-a", "name": "Pending A"}',
        'PENDING', NULL, '[]', NULL, '[]'),
       ('campaign-provisioning', 1, 3, NULL, '{"name": "No key"}', 'REJECTED', 'VALIDATION',
        '[{"code": "EXTERNAL_KEY_MISSING", "field": "external_key", "message": "external_key is required"}]', NULL, '[]'),
       ('campaign-provisioning', 1, 4, 'plan-overlap', '{"external_key": "plan-overlap"}', 'REJECTED', 'CONFLICTS',
        '[{"code": "SCHEDULE_OVERLAP", "field": "start_local", "message": "overlaps line 5"}]', NULL, '[]'),
       ('campaign-provisioning', 1, 5, 'plan-created', '{"external_key": "plan-created"}', 'DONE', NULL, '[]',
        'camp_created', '["created campaign camp_created", "attached dialer rule"]'),
       ('campaign-provisioning', 1, 6, 'plan-present', '{"external_key": "plan-present"}', 'ALREADY_DONE', NULL, '[]',
        'camp_present', '[]'),
       ('campaign-provisioning', 1, 7, 'plan-dry', '{"external_key": "plan-dry"}', 'PLANNED', NULL, '[]', NULL,
        '["would create campaign"]'),
       ('campaign-provisioning', 1, 8, 'plan-failed', '{"external_key": "plan-failed"}', 'FAILED', 'PROVISIONING',
        '[{"code": "CXONE_UNAVAILABLE", "field": "", "message": "CXone answered 503 three times"}]', NULL, '[]'),
       ('campaign-provisioning', 1, 9, 'plan-pending-b', '{"external_key": "plan-pending-b"}', 'PENDING', NULL, '[]',
        NULL, '[]');
