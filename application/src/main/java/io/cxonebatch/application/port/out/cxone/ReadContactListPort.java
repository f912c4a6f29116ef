package io.cxonebatch.application.port.out.cxone;

import java.util.List;
import java.util.function.Consumer;

/** Streams a contact list page by page, every page until the last. */
public interface ReadContactListPort {

    void forEachContactPage(String contactListId, Consumer<List<ContactRecord>> pageConsumer);
}
