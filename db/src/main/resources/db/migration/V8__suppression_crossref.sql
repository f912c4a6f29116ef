-- The suppression cross-reference: a run stages the numbers of every suppression source (CXone's own list, local
-- do-not-call files) and of every contact list it checks, normalised to E.164, and matches them here, a list at a
-- time. What a list's latest check found is kept: its suppressed contacts and its totals.

-- Ids, numbers and sources are keys compared byte by byte (COLLATE "C"): their order, and so a keyset cursor, does
-- not depend on the server's locale, cannot change under an index when the operating system's collation rules are
-- upgraded, and costs a memcmp rather than a locale comparison. Reasons are sorted the same way, so that the sorted
-- reasons of a match are the same everywhere. Only the region, compared ignoring case, keeps the database's own
-- collation, whose case rules lower() follows.

-- Only normalised numbers are stored: nothing here holds a number as a source or a list wrote it. The e164 checks
-- test the E.164 shape cheaply ('+', then at most 15 characters), which refuses the raw forms numbers arrive in
-- ('(212) 555-0147', '0044 20 7946 0958'); the normaliser, not the database, guarantees digits only. The exact pattern
-- as a regular expression (^\+[1-9][0-9]{1,14}$) tripled the cost of a COPY of millions of entries.

-- Staging, like staged_item: loaded with COPY while a run reads its inputs, read by the match, deleted when the run
-- is cleared. run_id is the Spring Batch job instance id, with no foreign key to the batch tables.

-- An entry has no key: a source may list one number twice, in two formats, or with two reasons, and each is an
-- entry. No index either. A do-not-call file of millions of lines is loaded at the speed of COPY into the bare heap
-- (an index on (run_id, e164) made the same COPY eight times slower), and nothing needs one: the match reads every
-- entry of the run once per list into a hash join, and counting, clearing a source and clearing a run read the
-- table once.
CREATE TABLE suppression_entry (
    run_id   bigint NOT NULL,
    source   text COLLATE "C" NOT NULL,
    entry_id text COLLATE "C" NULL,
    e164     text COLLATE "C" NULL,
    reason   text COLLATE "C" NULL,
    CONSTRAINT suppression_entry_source_check CHECK (source <> ''),
    CONSTRAINT suppression_entry_e164_check CHECK (e164 LIKE '+_%' AND octet_length(e164) <= 16)
);

COMMENT ON TABLE suppression_entry IS
    'The do-not-call entries a suppression-crossref run staged from every source, normalised; deleted when the run is cleared.';
COMMENT ON COLUMN suppression_entry.run_id IS 'The Spring Batch job instance id of the run; a restart keeps it.';
COMMENT ON COLUMN suppression_entry.source IS 'Where the entry came from: cxone for CXone''s own list, else the file''s source column or name.';
COMMENT ON COLUMN suppression_entry.entry_id IS 'The source''s id for the entry (CXone''s entry id, a file''s line); null when it has none.';
COMMENT ON COLUMN suppression_entry.e164 IS 'The suppressed number in E.164; null when it could not be parsed: counted, never matched.';
COMMENT ON COLUMN suppression_entry.reason IS 'Why the number is suppressed, as the source says; null when it does not.';

-- A contact list's contacts as CXone served them: a contact served twice is staged twice and counted once.
CREATE TABLE suppression_contact (
    run_id     bigint NOT NULL,
    list_id    text COLLATE "C" NOT NULL,
    contact_id text COLLATE "C" NOT NULL,
    e164       text COLLATE "C" NULL,
    region     text NULL,
    CONSTRAINT suppression_contact_list_id_check CHECK (list_id <> ''),
    -- Below every contact id, the empty string is where the keyset listings start.
    CONSTRAINT suppression_contact_contact_id_check CHECK (contact_id <> ''),
    CONSTRAINT suppression_contact_e164_check CHECK (e164 LIKE '+_%' AND octet_length(e164) <= 16)
);

COMMENT ON TABLE suppression_contact IS
    'The contacts of every list a suppression-crossref run checks, normalised; deleted when the run is cleared.';
COMMENT ON COLUMN suppression_contact.run_id IS 'The Spring Batch job instance id of the run; a restart keeps it.';
COMMENT ON COLUMN suppression_contact.list_id IS 'The CXone contact list the contact was read from.';
COMMENT ON COLUMN suppression_contact.contact_id IS 'CXone''s id of the contact in the list.';
COMMENT ON COLUMN suppression_contact.e164 IS 'The contact''s number in E.164; null when it could not be parsed, which makes the contact not eligible.';
COMMENT ON COLUMN suppression_contact.region IS 'The contact''s fields.region, for the run''s region filter; null when it has none.';

-- Every read of contacts is of one list of one run: the match's side of the hash join and its totals, clearing a
-- list before it is read again, and the eligible contacts a page at a time in contact id order, where this index
-- gives the order and a page stops after its last row instead of sorting the whole list. Without it each of those
-- reads every list the run staged. Its cost at COPY is paid at the pace of CXone's contact pages (a thousand
-- contacts a request, about a hundred requests a minute), not of a file.
CREATE INDEX suppression_contact_list_idx ON suppression_contact (run_id, list_id, contact_id);

-- Results: each list's latest check, replaced whole by the next one (delete, insert and upsert in one transaction).

-- The primary key makes a list's result hold each contact once however many entries match it; it also serves
-- deleting a list's matches, listing them a page at a time by contact id, and the eligible listing's "not matched"
-- probe.
CREATE TABLE suppression_match (
    run_id     bigint NOT NULL,
    list_id    text COLLATE "C" NOT NULL,
    contact_id text COLLATE "C" NOT NULL,
    e164       text COLLATE "C" NOT NULL,
    sources    text[] COLLATE "C" NOT NULL,
    reasons    text[] COLLATE "C" NOT NULL,
    CONSTRAINT suppression_match_pkey PRIMARY KEY (list_id, contact_id),
    CONSTRAINT suppression_match_e164_check CHECK (e164 LIKE '+_%' AND octet_length(e164) <= 16),
    CONSTRAINT suppression_match_sources_check CHECK (cardinality(sources) > 0)
);

COMMENT ON TABLE suppression_match IS
    'The suppressed contacts of each list''s latest check, one row per contact however many entries match it.';
COMMENT ON COLUMN suppression_match.run_id IS 'The suppression-crossref run (Spring Batch job instance id) whose check found the match.';
COMMENT ON COLUMN suppression_match.list_id IS 'The CXone contact list of the contact.';
COMMENT ON COLUMN suppression_match.contact_id IS 'CXone''s id of the suppressed contact in the list.';
COMMENT ON COLUMN suppression_match.e164 IS 'The contact''s number that matched, in E.164.';
COMMENT ON COLUMN suppression_match.sources IS 'Every source whose entries hold the number, distinct and sorted.';
COMMENT ON COLUMN suppression_match.reasons IS 'Every reason those entries give, distinct and sorted; empty when none gives one.';

CREATE TABLE suppression_list_result (
    list_id       text COLLATE "C" NOT NULL,
    run_id        bigint      NOT NULL,
    region        text        NULL,
    contacts_read bigint      NOT NULL,
    unparseable   bigint      NOT NULL,
    suppressed    bigint      NOT NULL,
    eligible      bigint      NOT NULL,
    checked_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT suppression_list_result_pkey PRIMARY KEY (list_id),
    CONSTRAINT suppression_list_result_list_id_check CHECK (list_id <> ''),
    CONSTRAINT suppression_list_result_counts_check CHECK (
        contacts_read >= 0 AND unparseable >= 0 AND suppressed >= 0 AND eligible >= 0),
    -- A contact is unparseable, suppressed, eligible or, under a region filter, of another region: one of them.
    CONSTRAINT suppression_list_result_sum_check CHECK (
        CASE WHEN region IS NULL THEN unparseable + suppressed + eligible = contacts_read
             ELSE unparseable + suppressed + eligible <= contacts_read END)
);

COMMENT ON TABLE suppression_list_result IS
    'Each contact list''s totals as its latest suppression check found them; its suppressed contacts are in suppression_match.';
COMMENT ON COLUMN suppression_list_result.list_id IS 'The CXone contact list.';
COMMENT ON COLUMN suppression_list_result.run_id IS 'The suppression-crossref run (Spring Batch job instance id) of the check.';
COMMENT ON COLUMN suppression_list_result.region IS 'The region the check limited eligible contacts to, compared ignoring case; null for every region.';
COMMENT ON COLUMN suppression_list_result.contacts_read IS 'The distinct contacts read from the list.';
COMMENT ON COLUMN suppression_list_result.unparseable IS 'Contacts without a number that could be parsed: never matched, never eligible.';
COMMENT ON COLUMN suppression_list_result.suppressed IS 'Contacts whose number is on at least one suppression source.';
COMMENT ON COLUMN suppression_list_result.eligible IS 'Contacts that may be dialled: parseable, not suppressed, and of the region when one is set.';
COMMENT ON COLUMN suppression_list_result.checked_at IS 'When the check''s transaction started.';
