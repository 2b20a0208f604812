package org.qnet.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The accounts this issuer starts with: the demo accounts of the local stack, or whatever a deployment
 * configures. Tokens carry the audience the services expect. An admitted member without a configured
 * account gets one whose first password is {@code provisionedPassword}.
 */
@ConfigurationProperties("qnet.identity")
public record AccountProperties(@DefaultValue List<Account> accounts, @DefaultValue("qnet") String audience,
                                @DefaultValue("qnet-demo") String provisionedPassword) {
}
