package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's suppression (do-not-call) entries, a page at a time; every page must be read until the last. A reader
 * keeps the cursor of the page it is on, so that a restart reads on from there instead of from the first page.
 */
public interface ReadSuppressionsPort {

    /** The page at the cursor (the first page when it is null), with the cursor of the next. */
    Page<SuppressionRecord> suppressionPage(@Nullable PageCursor cursor);
}
