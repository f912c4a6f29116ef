-- Database roles for cxone-batch on a PostgreSQL of your own (docs/compliance.md). Run it as a superuser, or as the
-- database's owner, after the first start has migrated the schema, and again after each upgrade (it is idempotent):
--
--   psql -v ON_ERROR_STOP=1 -d cxone_batch -f cxone-batch-roles.sql
--
-- It creates three roles without passwords; give each one with \password before use:
--   cxone_batch_owner    owns the schema and runs the migrations (spring.flyway.user);
--   cxone_batch_app      what the application runs as (spring.datasource.username): reads and writes its tables,
--                        but may only INSERT into and SELECT from audit_event, and owns nothing, so it can neither
--                        disable the audit's triggers nor drop or alter a table;
--   cxone_batch_officer  a compliance officer: reads the audit views, nothing else.
-- The embedded PostgreSQL sets up the same separation by itself (README, "Security").

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cxone_batch_owner') THEN
        CREATE ROLE cxone_batch_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cxone_batch_app') THEN
        CREATE ROLE cxone_batch_app LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cxone_batch_officer') THEN
        CREATE ROLE cxone_batch_officer LOGIN;
    END IF;
END $$;

ALTER ROLE cxone_batch_app NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER ROLE cxone_batch_officer NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;

-- The owner owns every object the migrations made, so that only it (and superusers) can alter them.
DO $$
DECLARE object record;
BEGIN
    FOR object IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'S', 'p')
                    AND pg_get_userbyid(c.relowner) <> 'cxone_batch_owner' LOOP
        IF object.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d JOIN pg_class s ON s.oid = d.objid
                                            WHERE s.relname = object.relname AND d.deptype IN ('a', 'i')) THEN
            CONTINUE; -- a column's own sequence follows its table
        END IF;
        EXECUTE format('ALTER %s public.%I OWNER TO cxone_batch_owner',
                       CASE object.relkind WHEN 'v' THEN 'VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, object.relname);
    END LOOP;
END $$;
GRANT USAGE, CREATE ON SCHEMA public TO cxone_batch_owner;

-- The application: its tables and sequences, the audit append-only, the migration history read-only.
GRANT USAGE ON SCHEMA public TO cxone_batch_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO cxone_batch_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO cxone_batch_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM cxone_batch_app;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM cxone_batch_app;
ALTER DEFAULT PRIVILEGES FOR ROLE cxone_batch_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO cxone_batch_app;
ALTER DEFAULT PRIVILEGES FOR ROLE cxone_batch_owner IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO cxone_batch_app;

-- The officer: the views, which read audit_event with their owner's rights; no table at all.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM cxone_batch_officer;
GRANT USAGE ON SCHEMA public TO cxone_batch_officer;
GRANT SELECT ON audit_campaign_changes, audit_failed_changes, audit_rejected_rows, audit_suppression_results,
    audit_job_runs TO cxone_batch_officer;
