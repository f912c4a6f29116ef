/** What the suppression-crossref job's steps call: one use case per step, and the commands and results they take. */
@NullMarked
package io.cxonebatch.application.suppression.port.in;

import org.jspecify.annotations.NullMarked;
