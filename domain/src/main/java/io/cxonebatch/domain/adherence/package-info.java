/** Schedule adherence: how the time a campaign actually dialled compares with its planned window and calling hours. */
@NullMarked
package io.cxonebatch.domain.adherence;

import org.jspecify.annotations.NullMarked;
