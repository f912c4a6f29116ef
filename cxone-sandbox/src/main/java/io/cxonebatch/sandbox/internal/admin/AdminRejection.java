package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.ApiResponse;
import io.cxonebatch.sandbox.internal.Json;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Admin answer other than success, in the spec's {@code AdminGeneral_ApiErrorResponse} shape
 * {@code {"error","errorDescription"}}; a null description gives the bare {@code {"error"}} the live schedule PUT
 * answers.
 */
final class AdminRejection extends RuntimeException {

    static final String INVALID_PARAMETER = "InvalidParameter";

    private static final Map<Integer, String> CODES = Map.of(400, INVALID_PARAMETER, 401, "Unauthorized", 403, "Forbidden",
            404, "NotFound", 405, "MethodNotAllowed", 409, "Conflict", 415, "UnsupportedMediaType", 429, "TooManyRequests",
            500, "InternalServerError", 503, "ServiceUnavailable");

    private final int status;
    private final String error;
    private final @Nullable String description;

    AdminRejection(int status, String error, @Nullable String description) {
        super(description == null ? error : description, null, false, false);
        this.status = status;
        this.error = error;
        this.description = description;
    }

    static AdminRejection invalid(String description) {
        return new AdminRejection(400, INVALID_PARAMETER, description);
    }

    static AdminRejection notFound(String description) {
        return new AdminRejection(404, CODES.get(404), description);
    }

    /** The error code the sandbox uses for a status. */
    static String code(int status) {
        return CODES.getOrDefault(status, status >= 500 ? "InternalServerError" : INVALID_PARAMETER);
    }

    ApiResponse toResponse() {
        return response(status, error, description);
    }

    static ApiResponse response(int status, String error, @Nullable String description) {
        ObjectNode body = Json.object().put("error", error);
        if (description != null) {
            body.put("errorDescription", description);
        }
        return ApiResponse.json(status, body);
    }
}
