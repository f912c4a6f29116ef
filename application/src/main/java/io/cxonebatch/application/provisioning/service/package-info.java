/** The rules of campaign provisioning, as plain Java on the outgoing ports; each is tested without Spring. */
@NullMarked
package io.cxonebatch.application.provisioning.service;

import org.jspecify.annotations.NullMarked;
