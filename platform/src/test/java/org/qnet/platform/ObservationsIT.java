package org.qnet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a service observes by default: its requests and events, not each step of Spring Security's chain. */
class ObservationsIT extends ConsumingSideTest {

    @Autowired
    private ObservationRegistry observations;

    @Test
    void requests_are_observed_and_the_security_filter_chain_is_not() {
        Observation request = Observation.start("http.server.requests", observations);
        Observation filterChain = Observation.start("spring.security.filterchains", observations);

        assertThat(request.isNoop()).isFalse();
        assertThat(filterChain.isNoop()).isTrue();
        request.stop();
        filterChain.stop();
    }
}
