/**
 * The CXone Admin API dialect ({@code docs/cxone-admin-api.md}) over the shared call machinery of
 * {@code internal}: access-key tokens, discovery of the API host, the Admin error shapes, skip/top listings, batch
 * answers with per-item verdicts, and the skill reads and writes behind the campaign and outbound-settings ports.
 */
@NullMarked
package io.cxonebatch.adapters.cxone.internal.admin;

import org.jspecify.annotations.NullMarked;
