package org.qnet.gateway.session;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the browser's session belongs to, for the web app to greet them and show what their roles allow.
 * It carries claims of the ID token only; the tokens themselves never leave the gateway.
 */
@RestController
class SessionController {

    record SessionResponse(boolean signedIn, String id, String name, String email, List<String> roles,
                           String organisation) {

        static SessionResponse signedOut() {
            return new SessionResponse(false, null, null, null, List.of(), null);
        }

        static SessionResponse of(OidcUser user) {
            List<String> roles = user.getClaimAsStringList("roles");
            return new SessionResponse(true, user.getSubject(), user.getFullName(), user.getEmail(),
                    roles == null ? List.of() : roles, user.getClaimAsString("org"));
        }
    }

    @GetMapping("/session")
    SessionResponse session(@AuthenticationPrincipal OidcUser user) {
        return user == null ? SessionResponse.signedOut() : SessionResponse.of(user);
    }
}
