package org.qnet.platform.security;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * Role rules a service declares for whole routes, checked before the request body is even read: a
 * caller without the role gets 403, never a validation error about a request they may not make.
 * Object-level rules stay in the application code.
 */
@FunctionalInterface
public interface AccessRules {

    void apply(AuthorizeExchangeSpec exchanges);
}
