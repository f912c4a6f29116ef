/** The staging-retention job's rule: what is pruned, when, and what the audit says of it. */
@NullMarked
package io.cxonebatch.application.retention.service;

import org.jspecify.annotations.NullMarked;
