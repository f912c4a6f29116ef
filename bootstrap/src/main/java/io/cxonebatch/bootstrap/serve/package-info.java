/** What only the daemon ({@code serve}) wires: the schedules in Quartz and the job operations over JMX. */
@NullMarked
package io.cxonebatch.bootstrap.serve;

import org.jspecify.annotations.NullMarked;
