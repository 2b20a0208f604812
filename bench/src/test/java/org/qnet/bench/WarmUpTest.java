package org.qnet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    private static final Duration ROUND = Duration.ofMillis(300);

    @Test
    void warm_up_ends_after_the_first_round_in_which_the_serving_processes_compile_nothing() throws IOException {
        Process quiet = new ProcessBuilder("sleep", "30").start();
        try {
            AtomicInteger rounds = new AtomicInteger();

            WarmUp.Outcome outcome = WarmUp.run(ROUND, Duration.ofSeconds(30), List.of(quiet.toHandle()), idle(rounds));

            assertThat(outcome).isEqualTo(new WarmUp.Outcome(ROUND, true));
            assertThat(rounds).hasValue(1);
        } finally {
            quiet.destroy();
        }
    }

    @Test
    void warm_up_goes_on_while_a_compiler_thread_is_busy_until_its_limit() throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        // A thread names itself natively like HotSpot's second-tier compiler and keeps a core busy.
        Thread compiling = new Thread(() -> {
            Thread.currentThread().setName("C2 CompilerThread9");
            while (!stop.get()) {
                Thread.onSpinWait();
            }
        });
        compiling.start();
        try {
            AtomicInteger rounds = new AtomicInteger();

            WarmUp.Outcome outcome = WarmUp.run(ROUND, ROUND.multipliedBy(3), List.of(ProcessHandle.current()),
                    idle(rounds));

            assertThat(outcome).isEqualTo(new WarmUp.Outcome(ROUND.multipliedBy(3), false));
            assertThat(rounds).hasValue(3);
        } finally {
            stop.set(true);
            compiling.join();
        }
    }

    /** A load that only lets each round pass, counting the rounds. */
    private static Consumer<Duration> idle(AtomicInteger rounds) {
        return round -> {
            rounds.incrementAndGet();
            Pause.of(round);
        };
    }

    @Test
    void the_cpu_times_are_read_after_the_thread_name_whatever_it_holds() {
        String stat = "4242 (C2 Compiler) (x) S 1 4241 4241 0 -1 4194368 100 0 0 0 1234 56 0 0 20 0 30 0 99 0 0";

        assertThat(WarmUp.cpuTicks(stat)).isEqualTo(1234 + 56);
        assertThat(WarmUp.isCompiler(stat)).isTrue();
    }

    @Test
    void only_the_jit_compiler_threads_count() {
        assertThat(WarmUp.isCompiler("7 (C1 CompilerThre) S 1")).isTrue();
        assertThat(WarmUp.isCompiler("8 (C2 CompilerThre) S 1")).isTrue();
        assertThat(WarmUp.isCompiler("9 (reactor-http-ep) S 1")).isFalse();
        assertThat(WarmUp.isCompiler("10 (VM Thread) S 1")).isFalse();
    }
}
