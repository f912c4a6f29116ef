package io.cxonebatch.sandbox;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A generated contact list: its rows are a pure function of the sandbox seed, the list id and the row index,
 * so a list of millions pages at full speed without being held in memory.
 *
 * @param size number of contacts, at least 0
 * @param regions the values of the contacts' {@code region} field: with one, every contact has it; with several
 *     (a mixed list, for testing a region filter), each row draws one of them evenly. NA-EAST, NA-WEST and NA-CENTRAL
 *     also pick the area codes of the row's North American numbers.
 */
public record SandboxContactList(String id, long size, List<String> regions) {

    public SandboxContactList {
        if (id == null || id.isBlank() || id.contains("/")) {
            throw new IllegalArgumentException("contact list id must be non-blank without '/', got '" + id + "'");
        }
        if (size < 0) {
            throw new IllegalArgumentException("contact list " + id + " size must be at least 0, got " + size);
        }
        if (regions == null || regions.isEmpty()) {
            throw new IllegalArgumentException("contact list " + id + " needs a region");
        }
        regions = List.copyOf(regions);
        Set<String> seen = new HashSet<>();
        for (String region : regions) {
            if (region.isBlank()) {
                throw new IllegalArgumentException("contact list " + id + " has a blank region");
            }
            if (!seen.add(region.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("contact list " + id + " names region " + region + " twice");
            }
        }
    }

    /** A list whose contacts' regions are drawn among {@code regions}; one region gives a single-region list. */
    public SandboxContactList(String id, long size, String... regions) {
        this(id, size, List.of(regions));
    }
}
