package io.cxonebatch.application.port.out.cxone;

import java.util.List;
import java.util.function.Consumer;

/** Streams the tenant's suppression (do-not-call) entries page by page, every page until the last. */
public interface ReadSuppressionsPort {

    void forEachSuppressionPage(Consumer<List<SuppressionRecord>> pageConsumer);
}
