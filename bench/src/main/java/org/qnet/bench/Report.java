package org.qnet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qnet.localstack.LocalStack;

/**
 * Writes a run's results as JSON, and as the Markdown report with its charts: every figure beside its
 * baseline, the ratio, the target and whether it was met.
 */
final class Report {

    private static final String QNET = "#1f77b4";
    private static final String BASELINE = "#aaaaaa";

    private Report() {
    }

    static void write(Results results, Path json, Path markdown, Path notes) {
        try {
            Files.createDirectories(json.getParent());
            Files.writeString(json, Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n");
            Path charts = markdown.resolveSibling("benchmarks");
            Files.createDirectories(charts);
            Files.writeString(charts.resolve("reads.svg"), readsChart(results));
            Files.writeString(charts.resolve("event-path.svg"), eventPathChart(results));
            String text = markdown(results, markdown.getParent().relativize(json.toAbsolutePath().normalize()).toString());
            if (Files.exists(notes)) {
                text += "\n" + Files.readString(notes);
            }
            Files.writeString(markdown, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String markdown(Results r, String jsonLink) {
        StringBuilder md = new StringBuilder();
        Machine m = r.machine();
        md.append("# Benchmarks\n\n");
        md.append("Written by `bin/bench` on ").append(r.date()).append(" (raw figures: [").append(jsonLink)
                .append("](").append(jsonLink).append(")). Every figure is measured beside its baseline in the same run, ")
                .append("on the same machine, because absolute numbers drift from run to run on shared hardware; ")
                .append("read the ratios first.\n\n");
        md.append("**Machine:** ").append(m.cpu()).append(", ").append(m.cores()).append(" cores, ")
                .append(m.memoryMegabytes() / 1024).append(" GiB, ").append(m.os()).append(", ").append(m.java())
                .append(". The whole local stack (Kafka, the document store, the issuer and four services) ")
                .append("shares these cores with the load generators. The document store keeps its documents ")
                .append(r.settings().storage() == LocalStack.Storage.MEMORY
                        ? "in memory for the run (`bin/bench --file-store`: in an H2 file, as `bin/local-stack` does).\n\n"
                        : "in an H2 file, as `bin/local-stack` does.\n\n");
        md.append("**Tools:** reads are driven by [wrk](https://github.com/wg/wrk) (Debian's package): a C load ")
                .append("generator that keeps a fixed number of connections busy and costs the machine far less than ")
                .append("a JVM client would, which matters when it shares two cores with the system under test. The ")
                .append("event paths are driven open-loop from Java (sends at fixed rates whatever the answers, each ")
                .append("timed from when it was due, so slow answers are not under-counted) and recorded in ")
                .append("HdrHistogram, because their end is a server-sent event or a Kafka record, which wrk cannot see.\n\n");

        md.append("## Summary\n\n| scenario | figure | qnet | baseline | ratio | target | met |\n|---|---|---|---|---|---|---|\n");
        for (ReadThroughput.Figure f : r.reads().figures()) {
            row(md, "1 reads", f.read() + " throughput", num(f.qnet().requestsPerSecond()) + " req/s",
                    num(f.baseline().requestsPerSecond()) + " req/s", ratio(f.throughputRatio()),
                    "≥ " + ratio(Results.READ_RATIO_TARGET), f.throughputRatio() >= Results.READ_RATIO_TARGET);
            row(md, "1 reads", f.read() + " p99", ms(f.qnet().p99Millis()), ms(f.baseline().p99Millis()),
                    ratio(f.qnet().p99Millis() / f.baseline().p99Millis()), "< " + ms(Results.READ_P99_TARGET_MILLIS),
                    f.qnet().p99Millis() < Results.READ_P99_TARGET_MILLIS);
        }
        for (int i = 0; i < r.eventPath().qnet().size(); i++) {
            Latencies.Summary q = r.eventPath().qnet().get(i);
            Latencies.Summary b = r.eventPath().baseline().get(i);
            boolean targeted = q.rate() == Results.EVENT_PATH_TARGET_RATE;
            row(md, "2 event path", "p50 at " + q.rate() + "/s", ms(q.p50Millis()), ms(b.p50Millis()),
                    ratio(q.p50Millis() / b.p50Millis()), targeted ? "< " + ms(Results.EVENT_PATH_P50_TARGET_MILLIS) : "",
                    targeted ? q.p50Millis() < Results.EVENT_PATH_P50_TARGET_MILLIS : null);
            row(md, "2 event path", "p99 at " + q.rate() + "/s", ms(q.p99Millis()), ms(b.p99Millis()),
                    ratio(q.p99Millis() / b.p99Millis()), targeted ? "< " + ms(Results.EVENT_PATH_P99_TARGET_MILLIS) : "",
                    targeted ? q.p99Millis() < Results.EVENT_PATH_P99_TARGET_MILLIS : null);
        }
        ConsumerThroughput.Outcome c = r.consumer();
        row(md, "3 consumer", "drain " + c.events() + " events", num(c.qnetEventsPerSecond()) + " ev/s",
                num(c.baselineEventsPerSecond()) + " ev/s", ratio(c.ratio()), "", null);
        Contention.Outcome k = r.contention();
        row(md, "4 contention", k.registrations() + " registrations for " + k.seats() + " seats",
                "settled in " + ms(k.settled().toNanos() / 1e6), "", "", "invariant holds", k.invariantHolds());
        for (Footprint.Application a : r.footprint().values()) {
            double seconds = a.startUp().toMillis() / 1000.0;
            row(md, "5 footprint", a.name() + " start-up", String.format(Locale.ROOT, "%.1f s", seconds), "", "",
                    "< 10 s", seconds < Results.START_UP_TARGET_SECONDS);
            long loaded = r.reads().peakMegabytesUnderLoad().getOrDefault(a.name(), 0L);
            row(md, "5 footprint", a.name() + " RSS idle / under reads", a.idleMegabytes() + " / " + loaded + " MB", "", "",
                    "< 350 MB", Math.max(a.idleMegabytes(), loaded) < Results.MEMORY_TARGET_MEGABYTES);
        }

        md.append("\n## 1. Reads\n\n").append(r.settings().connections()).append(" connections for ")
                .append(r.settings().readDuration().toSeconds()).append(" s per endpoint, through the services' security, ")
                .append("database and JSON, against bare WebFlux on Reactor Netty returning the same bytes from memory ")
                .append("in a JVM started with the services' options. Each is measured after a warm-up ")
                .append(warmUpRule(r.settings()))
                .append("; for qnet the compilers watched are the service's and those of the JVM holding the store.\n\n");
        md.append("| read | warm-up | qnet req/s | p50 | p99 | errors | baseline warm-up | req/s | p50 | p99 | throughput ratio |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ReadThroughput.Figure f : r.reads().figures()) {
            md.append("| ").append(f.read()).append(" | ").append(warmUp(f.qnetWarmUp())).append(" | ")
                    .append(num(f.qnet().requestsPerSecond())).append(" | ")
                    .append(ms(f.qnet().p50Millis())).append(" | ").append(ms(f.qnet().p99Millis())).append(" | ")
                    .append(f.qnet().errors()).append(" | ").append(warmUp(f.baselineWarmUp())).append(" | ")
                    .append(num(f.baseline().requestsPerSecond())).append(" | ")
                    .append(ms(f.baseline().p50Millis())).append(" | ").append(ms(f.baseline().p99Millis())).append(" | ")
                    .append(ratio(f.throughputRatio())).append(" |\n");
        }
        md.append("\n![Read throughput against the bare baseline](benchmarks/reads.svg)\n");

        md.append("\n## 2. Event path latency\n\nA member asks another to connect (HTTP to members-service); the ")
                .append("time until the addressee's live stream (SSE from notifications-service) shows it: the outbox, ")
                .append("Kafka, the notifications consumer, the inbox write and the push. ").append(r.settings().streams())
                .append(" members hold streams open; each pair has one request at a time, withdrawn once seen. Baseline: a ")
                .append("bare producer (acks=all) and consumer on the same broker at the same rates. Both are measured ")
                .append("after a warm-up at ").append(r.settings().rates().get(0)).append("/s ").append(warmUpRule(r.settings()))
                .append(" (for qnet the compilers of members- and notifications-service, the broker and the JVM holding ")
                .append("the store): qnet's took ").append(warmUp(r.eventPath().qnetWarmUp())).append(", the baseline's ")
                .append(warmUp(r.eventPath().baselineWarmUp())).append(".\n\n");
        md.append("| rate | qnet p50 | p95 | p99 | max | seen / sent | baseline p50 | p95 | p99 |\n|---|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < r.eventPath().qnet().size(); i++) {
            Latencies.Summary q = r.eventPath().qnet().get(i);
            Latencies.Summary b = r.eventPath().baseline().get(i);
            md.append("| ").append(q.rate()).append("/s | ").append(ms(q.p50Millis())).append(" | ").append(ms(q.p95Millis()))
                    .append(" | ").append(ms(q.p99Millis())).append(" | ").append(ms(q.maxMillis())).append(" | ")
                    .append(q.count()).append(" / ").append(q.count() + q.lost()).append(" | ").append(ms(b.p50Millis()))
                    .append(" | ").append(ms(b.p95Millis())).append(" | ").append(ms(b.p99Millis())).append(" |\n");
        }
        if (r.eventPath().skippedForLackOfPairs() > 0) {
            md.append("\n").append(r.eventPath().skippedForLackOfPairs())
                    .append(" sends were skipped because every pair of members had a request under way.\n");
        }
        md.append("\n![Event path latency percentiles over load](benchmarks/event-path.svg)\n");

        md.append("\n## 3. Consumer throughput\n\n").append(c.events()).append(" MemberProfileUpdated events left on ")
                .append("qnet.members while notifications-service was stopped; on start it reads each, records it in its ")
                .append("inbox of handled events and applies it to its projection of people. Timed from its first ")
                .append("committed offset to its last, so start-up is not counted. Baseline: a bare KafkaConsumer ")
                .append("reading the same records.\n\n| | events/s | drain time |\n|---|---|---|\n")
                .append("| notifications-service | ").append(num(c.qnetEventsPerSecond())).append(" | ")
                .append(ms(c.qnetDrain().toNanos() / 1e6)).append(" |\n| bare consumer | ")
                .append(num(c.baselineEventsPerSecond())).append(" | ").append(ms(c.baselineDrain().toNanos() / 1e6))
                .append(" |\n\nRatio: ").append(ratio(c.ratio())).append(".\n");

        md.append("\n## 4. Contention\n\n").append(k.registrations()).append(" members register for an event with ")
                .append(k.seats()).append(" seats at the same moment. Settled (every answer back) in ")
                .append(ms(k.settled().toNanos() / 1e6)).append(". Afterwards: ").append(k.confirmed())
                .append(" confirmed, ").append(k.waitlisted()).append(" waitlisted, waitlist positions 1..")
                .append(k.waitlisted()).append(k.positionsContiguous() ? " each once" : " NOT each once")
                .append(k.positionsAsAnswered() ? ", every member at the position their own answer gave" : ", positions moved")
                .append(", ").append(k.failedRequests()).append(" failed requests: the invariant ")
                .append(k.invariantHolds() ? "holds" : "DOES NOT HOLD").append(".\n");

        md.append("\n## 5. Footprint\n\nStart-up: from the JVM's start to answering ready, each application ")
                .append("restarted alone on the otherwise idle stack, with the local stack's JVM options (")
                .append(String.join(" ", org.qnet.localstack.LocalStack.applicationJvmOptions()))
                .append(") and the class-data archive of its build. Memory: resident set size from /proc, idle 5 s after start, and the peak while serving the reads.\n\n")
                .append("| application | start-up | RSS idle | RSS peak under reads |\n|---|---|---|---|\n");
        for (Footprint.Application a : r.footprint().values()) {
            md.append("| ").append(a.name()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f s", a.startUp().toMillis() / 1000.0)).append(" | ")
                    .append(a.idleMegabytes()).append(" MB | ")
                    .append(r.reads().peakMegabytesUnderLoad().getOrDefault(a.name(), 0L)).append(" MB |\n");
        }
        return md.toString();
    }

    private static String readsChart(Results r) {
        List<String> names = r.reads().figures().stream().map(ReadThroughput.Figure::read).toList();
        List<double[]> qnet = new ArrayList<>();
        List<double[]> base = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            qnet.add(new double[] {i, r.reads().figures().get(i).qnet().requestsPerSecond()});
            base.add(new double[] {i, r.reads().figures().get(i).baseline().requestsPerSecond()});
        }
        return Charts.bars("Reads: requests per second", "requests/s", names,
                List.of(new Charts.Series("qnet", QNET, qnet), new Charts.Series("bare WebFlux", BASELINE, base)));
    }

    private static String eventPathChart(Results r) {
        List<Charts.Series> series = new ArrayList<>();
        Map<String, String> colours = Map.of("p50", "#2ca02c", "p95", "#ff7f0e", "p99", "#d62728");
        for (String percentile : List.of("p50", "p95", "p99")) {
            series.add(new Charts.Series("qnet " + percentile, colours.get(percentile), points(r.eventPath().qnet(), percentile)));
        }
        series.add(new Charts.Series("Kafka p99", BASELINE, points(r.eventPath().baseline(), "p99")));
        return Charts.lines("Connection request to live notification", "requests per second", "milliseconds", series);
    }

    private static List<double[]> points(List<Latencies.Summary> summaries, String percentile) {
        return summaries.stream().map(s -> new double[] {s.rate(), switch (percentile) {
            case "p50" -> s.p50Millis();
            case "p95" -> s.p95Millis();
            default -> s.p99Millis();
        }}).toList();
    }

    private static String warmUpRule(Settings settings) {
        return "in rounds of " + settings.warmUpRound().toSeconds() + " s until the JIT compilers of every process serving "
                + "the load took no more than " + Math.round(WarmUp.SETTLED_SHARE_OF_A_CORE * 100)
                + " % of a core over a round, for " + settings.warmUpLimit().toSeconds() + " s at most";
    }

    private static String warmUp(WarmUp.Outcome warmUp) {
        return warmUp.took().toSeconds() + " s" + (warmUp.settled() ? "" : ", compilers still busy");
    }

    private static void row(StringBuilder md, String scenario, String figure, String qnet, String baseline, String ratio,
                            String target, Boolean met) {
        md.append("| ").append(scenario).append(" | ").append(figure).append(" | ").append(qnet).append(" | ")
                .append(baseline).append(" | ").append(ratio).append(" | ").append(target).append(" | ")
                .append(met == null ? "" : met ? "yes" : "**no**").append(" |\n");
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String ms(double millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
