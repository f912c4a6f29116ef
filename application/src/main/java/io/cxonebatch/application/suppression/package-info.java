/**
 * Everything suppression-crossref knows: reading every suppression source and contact list, normalised, into the
 * database, matching them there, and what the run's report says. Nobody suppressed may be dialled: a number that
 * cannot be parsed makes its contact not eligible, and every such number is counted, never dropped.
 */
@NullMarked
package io.cxonebatch.application.suppression;

import org.jspecify.annotations.NullMarked;
