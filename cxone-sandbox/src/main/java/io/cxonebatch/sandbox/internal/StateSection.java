package io.cxonebatch.sandbox.internal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** State another dialect keeps, saved in the sandbox's state file under a key of its own. */
public interface StateSection {

    ObjectNode toStateJson();

    /** Replaces this section with a stored one; {@code json} is a missing node in files saved before it existed. */
    void restore(JsonNode json);

    /** Back to the state of a fresh sandbox; sequences continue. */
    void reset();
}
