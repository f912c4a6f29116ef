package io.cxonebatch.sandbox;

/**
 * A generated contact list: its rows are a pure function of the sandbox seed, the list id and the row index,
 * so a list of millions pages at full speed without being held in memory.
 *
 * @param size number of contacts, at least 0
 * @param region the value of every contact's {@code region} field; NA-EAST, NA-WEST and NA-CENTRAL also pick area codes
 */
public record SandboxContactList(String id, long size, String region) {

    public SandboxContactList {
        if (id == null || id.isBlank() || id.contains("/")) {
            throw new IllegalArgumentException("contact list id must be non-blank without '/', got '" + id + "'");
        }
        if (size < 0) {
            throw new IllegalArgumentException("contact list " + id + " size must be at least 0, got " + size);
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("contact list " + id + " needs a region");
        }
    }
}
