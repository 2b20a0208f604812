package org.qnet.gateway.security;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The gateway's registration at the issuer, discovered from the issuer's metadata on first use rather
 * than at start-up, so that the gateway starts (and reports ready) whatever order things come up in;
 * a failed discovery is tried again on the next sign-in. Where the browser and the gateway reach the
 * issuer at different addresses, the browser is sent to the public one to sign in and out, while the
 * gateway redeems codes, fetches keys and reads user info at the back-channel address. Tokens still
 * name, and are checked against, the public issuer.
 */
class IssuerRegistration implements ReactiveClientRegistrationRepository {

    static final String ID = "qnet";
    private static final List<String> BACK_CHANNEL_ENDPOINTS = List.of("token_endpoint", "jwks_uri", "userinfo_endpoint");

    private final Mono<ClientRegistration> registration;

    IssuerRegistration(IssuerProperties issuer, WebClient.Builder http) {
        String backChannel = issuer.backChannelOrPublic();
        this.registration = http.build().get().uri(backChannel + "/.well-known/openid-configuration")
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() { })
                .timeout(Duration.ofSeconds(10))
                .map(published -> ClientRegistrations.fromOidcConfiguration(inNetwork(published, backChannel))
                        .registrationId(ID)
                        .clientId(issuer.clientId())
                        .clientSecret(issuer.clientSecret())
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .scope(issuer.scopes())
                        .build())
                .cache(found -> Duration.ofMillis(Long.MAX_VALUE), failed -> Duration.ZERO, () -> Duration.ZERO);
    }

    @Override
    public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
        return ID.equals(registrationId) ? registration : Mono.empty();
    }

    /** The issuer's metadata with the endpoints only the gateway calls moved onto the back-channel address. */
    static Map<String, Object> inNetwork(Map<String, Object> published, String backChannel) {
        String issuer = (String) published.get("issuer");
        Map<String, Object> metadata = new HashMap<>(published);
        for (String endpoint : BACK_CHANNEL_ENDPOINTS) {
            if (metadata.get(endpoint) instanceof String address && address.startsWith(issuer)) {
                metadata.put(endpoint, backChannel + address.substring(issuer.length()));
            }
        }
        return metadata;
    }
}
