package org.qnet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final AtomicInteger decoded = new AtomicInteger();

    @Test
    void a_token_is_verified_once_for_its_lifetime() {
        var tokens = new VerifiedTokens(expiringIn(Duration.ofMinutes(5)), 100, at(NOW));

        StepVerifier.create(tokens.decode("a")).expectNextCount(1).verifyComplete();
        StepVerifier.create(tokens.decode("a")).expectNextCount(1).verifyComplete();

        assertThat(decoded).hasValue(1);
    }

    @Test
    void each_token_is_verified_on_its_own() {
        var tokens = new VerifiedTokens(expiringIn(Duration.ofMinutes(5)), 100, at(NOW));

        tokens.decode("a").block();
        tokens.decode("b").block();

        assertThat(decoded).hasValue(2);
    }

    @Test
    void an_expired_token_goes_back_to_the_decoder() {
        var clock = new MovableClock(NOW);
        var tokens = new VerifiedTokens(expiringIn(Duration.ofMinutes(5)), 100, clock);
        tokens.decode("a").block();

        clock.now = NOW.plus(Duration.ofMinutes(6));
        tokens.decode("a").block();

        assertThat(decoded).hasValue(2);
    }

    @Test
    void a_refused_token_is_refused_every_time() {
        ReactiveJwtDecoder refusing = token -> {
            decoded.incrementAndGet();
            return Mono.error(new BadJwtException("signature does not match"));
        };
        var tokens = new VerifiedTokens(refusing, 100, at(NOW));

        StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
        StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();

        assertThat(decoded).hasValue(2);
    }

    @Test
    void a_token_without_expiry_is_never_kept() {
        ReactiveJwtDecoder timeless = token -> {
            decoded.incrementAndGet();
            return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("m-1").build());
        };
        var tokens = new VerifiedTokens(timeless, 100, at(NOW));

        tokens.decode("a").block();
        tokens.decode("a").block();

        assertThat(decoded).hasValue(2);
    }

    private ReactiveJwtDecoder expiringIn(Duration lifetime) {
        return token -> {
            decoded.incrementAndGet();
            return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("m-1")
                    .issuedAt(NOW).expiresAt(NOW.plus(lifetime)).build());
        };
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        private MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
