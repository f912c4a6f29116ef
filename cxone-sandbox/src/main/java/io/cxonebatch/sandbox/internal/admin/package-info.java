/**
 * The real CXone Admin API dialect (docs cxone-admin-api.md): access-key tokens, discovery, outbound skills and
 * their parameters, skill agents, call lists, DNC groups and dialer-contact reports, on the same port as the
 * simplified contract but with state, authentication, checks and error shapes of its own. It is exactly as strict
 * as that document, and reproduces the quirks it records (string totals, flat reads of wrapped writes, the
 * seven-day schedule rule, batch answers of 200 with failures inside).
 */
@NullMarked
package io.cxonebatch.sandbox.internal.admin;

import org.jspecify.annotations.NullMarked;
