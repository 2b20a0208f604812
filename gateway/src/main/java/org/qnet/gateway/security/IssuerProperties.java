package org.qnet.gateway.security;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The issuer people sign in at and the gateway's client registration with it. {@code backChannel} is
 * where the gateway itself reaches the issuer when that differs from the public address (docker-compose,
 * a cluster); empty means the public address.
 */
@ConfigurationProperties("qnet.gateway.issuer")
record IssuerProperties(URI uri, String backChannel, String clientId, String clientSecret, List<String> scopes) {

    String backChannelOrPublic() {
        return backChannel == null || backChannel.isBlank() ? uri.toString() : backChannel;
    }
}
