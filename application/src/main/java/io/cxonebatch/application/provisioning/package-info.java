/**
 * Everything campaign-provisioning knows: its use cases ({@code port.in}) and their rules ({@code service}), from
 * checking a plan's rows to what goes in its report. The Spring Batch steps in the bootstrap only hand items to them.
 */
@NullMarked
package io.cxonebatch.application.provisioning;

import org.jspecify.annotations.NullMarked;
