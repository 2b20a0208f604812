package org.qnet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qnet.localstack.LocalStack;

/**
 * Every benchmark scenario at a tiny load on its own local stack: it runs end to end, the contention
 * invariant holds, and the report is written. Speed is not asserted here; bin/bench measures it.
 */
class BenchmarkSmokeIT {

    private static Results results;

    @BeforeAll
    static void runAtTinyLoad() {
        results = Benchmarks.run(LocalStack.repositoryRoot(), Settings.smokeRun());
    }

    @Test
    void reads_are_served_without_errors_by_the_services_and_the_baseline_after_a_warm_up() {
        assertThat(results.reads().figures()).hasSize(3).allSatisfy(figure -> {
            assertThat(figure.qnetWarmUp().took()).as(figure.read()).isEqualTo(Settings.smokeRun().warmUpLimit());
            assertThat(figure.baselineWarmUp().took()).as(figure.read()).isEqualTo(Settings.smokeRun().warmUpLimit());
            assertThat(figure.qnet().requests()).as(figure.read()).isPositive();
            assertThat(figure.qnet().errors()).as(figure.read()).isZero();
            assertThat(figure.baseline().requests()).as(figure.read()).isPositive();
            assertThat(figure.baseline().errors()).as(figure.read()).isZero();
        });
        assertThat(results.reads().peakMegabytesUnderLoad()).containsKeys("members", "events");
    }

    @Test
    void every_connection_request_reaches_the_addressees_live_stream_and_every_record_the_bare_consumer() {
        assertThat(results.eventPath().qnetWarmUp().took()).isEqualTo(Settings.smokeRun().warmUpLimit());
        assertThat(results.eventPath().baselineWarmUp().took()).isEqualTo(Settings.smokeRun().warmUpLimit());
        assertThat(results.eventPath().qnet()).singleElement().satisfies(summary -> {
            assertThat(summary.count()).isPositive();
            assertThat(summary.lost()).isZero();
        });
        assertThat(results.eventPath().baseline()).singleElement().satisfies(summary -> {
            assertThat(summary.count()).isPositive();
            assertThat(summary.lost()).isZero();
        });
    }

    @Test
    void notifications_service_drains_the_whole_backlog() {
        assertThat(results.consumer().events()).isEqualTo(Settings.smokeRun().backlog());
        assertThat(results.consumer().qnetEventsPerSecond()).isPositive();
        assertThat(results.consumer().baselineEventsPerSecond()).isPositive();
    }

    @Test
    void concurrent_registrations_fill_exactly_the_seats_and_waitlist_the_rest_in_order() {
        Contention.Outcome contention = results.contention();
        assertThat(contention.confirmed()).isEqualTo(contention.seats());
        assertThat(contention.waitlisted()).isEqualTo(contention.registrations() - contention.seats());
        assertThat(contention.positionsContiguous()).isTrue();
        assertThat(contention.positionsAsAnswered()).isTrue();
        assertThat(contention.invariantHolds()).isTrue();
    }

    @Test
    void start_up_and_memory_are_measured() {
        assertThat(results.footprint()).containsKey("identity").allSatisfy((name, application) -> {
            assertThat(application.startUp()).isPositive();
            assertThat(application.idleMegabytes()).isPositive();
        });
    }

    @Test
    void the_report_states_every_figure_with_its_baseline_and_the_machine(@TempDir Path out) throws Exception {
        Report.write(results, out.resolve("results.json"), out.resolve("BENCHMARKS.md"), out.resolve("no-notes.md"));
        String report = Files.readString(out.resolve("BENCHMARKS.md"));
        assertThat(report).contains("## Summary", "**Machine:**", results.machine().cpu(), "bare WebFlux",
                "invariant holds", "GET /members/{id}");
        assertThat(Files.readString(out.resolve("benchmarks/event-path.svg"))).startsWith("<svg");
        assertThat(Files.readString(out.resolve("results.json"))).contains("\"contention\"");
    }
}
