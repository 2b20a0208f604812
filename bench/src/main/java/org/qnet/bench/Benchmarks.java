package org.qnet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.qnet.contracts.Topics;
import org.qnet.localstack.LocalStack;
import org.qnet.localstack.Ports;

/**
 * The benchmark run behind {@code bin/bench}: boots the local stack on free ports with the demo data,
 * admits a community of members for the run, measures every scenario against its baseline and writes
 * bench/results/&lt;date&gt;.json and docs/BENCHMARKS.md. {@code --smoke} runs each scenario at a tiny load
 * and writes under bench/target instead. The run's stack is thrown away afterwards, so its document store
 * keeps the documents in memory; {@code --file-store} keeps them in an H2 file, as {@code bin/local-stack}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) {
        List<String> options = Arrays.asList(args);
        boolean smoke = options.contains("--smoke");
        LocalStack.Storage storage = options.contains("--file-store") ? LocalStack.Storage.FILE : LocalStack.Storage.MEMORY;
        Path root = LocalStack.repositoryRoot();
        Results results = run(root, smoke ? Settings.smokeRun() : Settings.fullRun(storage));
        Path out = smoke ? root.resolve("bench/target/smoke") : root;
        Report.write(results, out.resolve("bench/results/" + results.date() + ".json"),
                out.resolve("docs/BENCHMARKS.md"), root.resolve("bench/NOTES.md"));
        System.out.println("qnet bench: report written to " + out.resolve("docs/BENCHMARKS.md"));
        System.exit(0);
    }

    static Results run(Path root, Settings settings) {
        try (LocalStack stack = LocalStack.start(root, Files.createTempDirectory("qnet-bench-"), Ports.free(),
                settings.storage());
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            if (settings.demoData()) {
                stack.seedDemoData();
            }
            Wrk wrk = Wrk.fromDebian(root);
            step("admitting " + settings.members() + " members");
            BenchCommunity community = BenchCommunity.admit(stack, settings.members());
            ConsumerGroups.awaitCaughtUp(admin, Topics.MEMBERS, List.of("events", "notifications"), Duration.ofMinutes(5));

            step("1 reads");
            ReadThroughput.Outcome reads = new ReadThroughput(stack, settings, wrk)
                    .run(community.members().get(0), community.members().get(1).id());
            step("2 event path");
            EventPathLatency.Outcome eventPath = new EventPathLatency(stack, settings).run(community.first(settings.streams()));
            step("4 contention");
            Contention.Outcome contention = new Contention(stack, settings).run(community.members());
            step("3 consumer throughput");
            ConsumerThroughput.Outcome consumer = new ConsumerThroughput(stack, settings).run(community.first(settings.streams()));
            // The other services read the same backlog; start-up is measured once the stack is idle again.
            ConsumerGroups.awaitCaughtUp(admin, Topics.MEMBERS, List.of("members", "projects", "events"), Duration.ofMinutes(15));
            step("5 footprint");
            Map<String, Footprint.Application> footprint = new Footprint(stack).run(settings.footprintApplications());
            return new Results(LocalDate.now().toString(), Machine.current(), settings, reads, eventPath, consumer,
                    contention, footprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void step(String scenario) {
        System.out.println("qnet bench: " + scenario);
    }
}
