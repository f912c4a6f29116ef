package io.cxonebatch.application.port.out.cxone;

/** Tells whether CXone has a contact list, at the cost of one small read. */
public interface CheckContactListPort {

    /**
     * Reads the first entry of the list's first page.
     *
     * @return false when CXone answers that the list does not exist (404), true when it answers with a page
     * @throws CxoneCallException when CXone gives no such answer
     */
    boolean contactListExists(String contactListId);
}
