/**
 * Everything adherence-report knows: which campaigns a business date concerns, their figures from CXone's analytics
 * (computed by the domain), the atomic replacement of a date's report, and what its CSV and HTML files say.
 */
@NullMarked
package io.cxonebatch.application.adherence;

import org.jspecify.annotations.NullMarked;
