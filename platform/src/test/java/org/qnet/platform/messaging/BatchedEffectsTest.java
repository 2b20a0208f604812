package org.qnet.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

class BatchedEffectsTest {

    /** Leaves each word to the end of the batch, then writes the batch's words to a shared log. */
    private record Words(String key, List<String> log) implements BatchedEffects {

        Mono<Void> say(String word) {
            return Mono.deferContextual(batch -> {
                batch.<List<String>>get(key).add(word);
                return Mono.empty();
            });
        }

        @Override
        public Context open() {
            return Context.of(key, new ArrayList<String>());
        }

        @Override
        public Mono<Void> complete(ContextView batch) {
            return Mono.fromRunnable(() -> log.add(key + ": " + String.join(" ", batch.<List<String>>get(key))));
        }
    }

    @Test
    void effects_joined_share_one_batch_and_complete_in_the_order_joined() {
        List<String> log = new ArrayList<>();
        Words people = new Words("people", log);
        Words delivery = new Words("delivery", log);
        BatchedEffects both = people.andThen(delivery);

        Context batch = both.open();
        delivery.say("welcome").contextWrite(batch).block();
        people.say("maya").contextWrite(batch).block();
        people.say("sam").contextWrite(batch).block();
        assertThat(log).as("before the batch completes").isEmpty();
        both.complete(batch).block();

        assertThat(log).containsExactly("people: maya sam", "delivery: welcome");
    }

    @Test
    void each_batch_of_effects_joined_starts_empty() {
        List<String> log = new ArrayList<>();
        Words people = new Words("people", log);
        BatchedEffects both = people.andThen(new Words("delivery", log));
        Context first = both.open();
        people.say("maya").contextWrite(first).block();
        both.complete(first).block();

        both.complete(both.open()).block();

        assertThat(log).containsExactly("people: maya", "delivery: ", "people: ", "delivery: ");
    }
}
