/**
 * The audited call, the same for every use case: calls to CXone timed, their failures audited with CXone's status,
 * their successes answered with it ({@link io.cxonebatch.application.kit.calls.AuditTrail}).
 */
@NullMarked
package io.cxonebatch.application.kit.calls;

import org.jspecify.annotations.NullMarked;
