package io.cxonebatch.adapters.cxone.internal.admin;

/** {@code {"accessKeyId":…,"accessKeySecret":…}}. */
record AccessKeyTokenRequest(String accessKeyId, String accessKeySecret) {

    @Override
    public String toString() {
        return "AccessKeyTokenRequest[accessKeyId=" + accessKeyId + ", accessKeySecret=****]";
    }
}
