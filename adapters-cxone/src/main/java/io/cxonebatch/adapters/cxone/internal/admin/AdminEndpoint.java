package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Request;
import io.cxonebatch.adapters.cxone.internal.CallTarget;
import java.lang.reflect.Method;

/**
 * Every Admin API endpoint this client calls, each with its version pinned: request and response shapes change from
 * one version to the next (cxone-admin-api.md §9.3), so an operation moves to another version only on purpose. The
 * template names the endpoint in metrics, logs and messages; ids never appear there.
 */
enum AdminEndpoint implements CallTarget {
    DISCOVER("GET", "/.well-known/cxone-configuration", true),
    LOAD_SKILL("GET", Versions.V30 + "/skills/{skillId}", true),
    LIST_SKILLS("GET", Versions.V30 + "/skills", true),
    // No idempotency key and no id in the answer: a second request creates nothing, but fails on the name and hides
    // whether the first one did.
    CREATE_SKILLS("POST", Versions.V30 + "/skills", false),
    START_SKILL("POST", Versions.V30 + "/skills/{skillId}/start", true),
    LOAD_GENERAL_SETTINGS("GET", Versions.V30 + "/skills/{skillId}/parameters/general-settings", true),
    // A PUT replaces the whole block: sending the same block twice leaves the same block.
    UPDATE_GENERAL_SETTINGS("PUT", Versions.V30 + "/skills/{skillId}/parameters/general-settings", true),
    UPDATE_SCHEDULE_SETTINGS("PUT", Versions.V30 + "/skills/{skillId}/parameters/schedule-settings", true),
    LOAD_DELIVERY_PREFERENCES("GET", Versions.V30 + "/skills/{skillId}/parameters/delivery-preferences", true),
    // A PUT replaces the whole block, as the general settings' does.
    UPDATE_DELIVERY_PREFERENCES("PUT", Versions.V30 + "/skills/{skillId}/parameters/delivery-preferences", true),
    LIST_SKILL_AGENTS("GET", Versions.V30 + "/skills/{skillId}/agents", true),
    // Sent twice, an add or a removal that was applied fails per item ("already assigned", "not assigned") and hides
    // that the first one succeeded.
    ADD_SKILL_AGENTS("POST", Versions.V30 + "/skills/{skillId}/agents", false),
    UPDATE_SKILL_AGENTS("PUT", Versions.V30 + "/skills/{skillId}/agents", true),
    REMOVE_SKILL_AGENTS("DELETE", Versions.V30 + "/skills/{skillId}/agents", false),
    LIST_CALL_LISTS("GET", Versions.V30 + "/lists/call-lists", true),
    LOAD_CALL_LIST("GET", Versions.V30 + "/lists/call-lists/{listId}", true),
    DOWNLOAD_CALL_LIST("GET", Versions.V30 + "/lists/call-lists/{listId}", true),
    LIST_DNC_RECORDS("GET", Versions.V30 + "/dnc-groups/{groupId}/records", true),
    LIST_DIALER_CONTACTS("GET", Versions.V30 + "/wfm-data/skills/dialer-contacts", true);

    private final String method;
    private final String template;
    private final boolean resendable;

    AdminEndpoint(String method, String template, boolean resendable) {
        this.method = method;
        this.template = template;
        this.resendable = resendable;
    }

    String method() {
        return method;
    }

    String template() {
        return template;
    }

    @Override
    public String operation() {
        return method + " " + template;
    }

    /** Reads, starts, the PUTs of whole parameter blocks and of agent assignments; not the create, add or removal. */
    @Override
    public boolean resendable() {
        return resendable;
    }

    /** The endpoint a request was built for, from the {@link AdminOperation} on its Feign method. */
    static AdminEndpoint of(Request request) {
        Method method = request.requestTemplate().methodMetadata().method();
        AdminOperation operation = method.getAnnotation(AdminOperation.class);
        if (operation == null) {
            throw new IllegalStateException(method + " lacks @" + AdminOperation.class.getSimpleName());
        }
        return operation.value();
    }

    /** The service paths of the versions in use. */
    static final class Versions {

        static final String V30 = "/inContactAPI/services/v30.0";

        private Versions() {
        }
    }
}
