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
    DISCOVER("GET", "/.well-known/cxone-configuration"),
    LOAD_SKILL("GET", Versions.V30 + "/skills/{skillId}"),
    LIST_SKILLS("GET", Versions.V30 + "/skills");

    private final String method;
    private final String template;

    AdminEndpoint(String method, String template) {
        this.method = method;
        this.template = template;
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

    /** Every endpoint so far only reads. */
    @Override
    public boolean resendable() {
        return true;
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
