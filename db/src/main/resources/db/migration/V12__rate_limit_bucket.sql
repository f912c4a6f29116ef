-- The CXone tenants' request budgets, as Bucket4j's PostgreSQL backend keeps them: one row per tenant (its id a
-- hash of the tenant's base URL and client id), the bucket's state serialised by Bucket4j, updated under a row lock
-- by every process and job that calls the tenant, so that together they stay within the tenant's rate.
CREATE TABLE rate_limit_bucket (
    id         bigint NOT NULL PRIMARY KEY,
    state      bytea  NULL,
    expires_at bigint NULL
);

COMMENT ON TABLE rate_limit_bucket IS
    'Each CXone tenant''s request budget (Bucket4j), shared by every process and job calling the tenant.';
COMMENT ON COLUMN rate_limit_bucket.id IS 'The tenant: the first eight bytes of a SHA-256 of its base URL and client id.';
COMMENT ON COLUMN rate_limit_bucket.state IS 'The bucket''s state as Bucket4j serialises it.';
COMMENT ON COLUMN rate_limit_bucket.expires_at IS 'Unused: a tenant''s bucket is kept.';
