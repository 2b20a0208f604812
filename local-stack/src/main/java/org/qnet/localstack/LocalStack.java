package org.qnet.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The embedded default: a real Kafka broker (KRaft), the MongoDB wire-protocol store on an H2 file, the
 * identity issuer and the four services, each service in a JVM of its own on a fixed port.
 *
 * <p>{@code main} runs it until Ctrl-C, with demo data seeded on first start ({@code --no-demo-data}
 * leaves it empty); {@code --wipe} starts from empty data. Tests start it with free ports and a data
 * folder of their own.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> SERVICE_JVM = ServiceJvm.options();

    private final Path data;
    private final Ports ports;
    private final KafkaBroker broker;
    private final DocumentStore store;
    private final MailServer mail;
    private final List<ServiceProcess> applications = new ArrayList<>();

    /** Where the document store keeps its documents. */
    public enum Storage {
        /** An H2 file in the stack's data folder, kept across restarts. */
        FILE,
        /**
         * Memory only, gone when the stack stops: for a throwaway stack, which then does not pay for H2
         * writing its pages to disk and reading back those its cache dropped.
         */
        MEMORY
    }

    private LocalStack(Path root, Path data, Ports ports, Storage storage) {
        this.data = data;
        this.ports = ports;
        this.broker = new KafkaBroker(data.resolve("kafka"), ports.kafka());
        this.store = storage == Storage.MEMORY
                ? DocumentStore.inMemory(ports.mongo())
                : DocumentStore.persistent(data.resolve("mongo").resolve("qnet.mv"), ports.mongo());
        this.mail = new MailServer(ports.smtp(), ports.imap());
        Path logs = data.resolve("logs");
        createDirectories(logs);
        String web = webUrl();
        String webByName = web.replace("127.0.0.1", "localhost");
        Map<String, String> environment = Map.ofEntries(
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers()),
                Map.entry("MONGODB_URI", store.connectionString()),
                Map.entry("QNET_ISSUER_URI", issuerUri()),
                Map.entry("QNET_LOG_FORMAT", "ecs"),
                Map.entry("SMTP_HOST", "127.0.0.1"),
                Map.entry("SMTP_PORT", Integer.toString(ports.smtp())),
                Map.entry("QNET_WEB_URL", web),
                // The issuer sends people back to the gateway on whichever name of this host they used.
                Map.entry("QNET_WEB_REDIRECT_URIS", web + "/login/oauth2/code/qnet," + webByName + "/login/oauth2/code/qnet"),
                Map.entry("QNET_WEB_POST_LOGOUT_URIS", web + "/," + webByName + "/"),
                Map.entry("QNET_MEMBERS_URI", "http://127.0.0.1:" + ports.members()),
                Map.entry("QNET_PROJECTS_URI", "http://127.0.0.1:" + ports.projects()),
                Map.entry("QNET_EVENTS_URI", "http://127.0.0.1:" + ports.events()),
                Map.entry("QNET_NOTIFICATIONS_URI", "http://127.0.0.1:" + ports.notifications()));
        applications.add(new ServiceProcess("identity", ServiceProcess.jarOf(root, "identity"), ports.identity(),
                "/actuator/health/readiness", environment, logs.resolve("identity.log")));
        for (String service : List.of("members", "projects", "events", "notifications")) {
            applications.add(new ServiceProcess(service, ServiceProcess.jarOf(root, service + "-service"),
                    portOf(service), "/actuator/health/readiness", environment, logs.resolve(service + ".log")));
        }
        applications.add(new ServiceProcess("gateway", ServiceProcess.jarOf(root, "gateway"), ports.gateway(),
                "/actuator/health/readiness", environment, logs.resolve("gateway.log")));
    }

    /** Starts everything, the documents in a file, and returns once every application answers healthy. */
    public static LocalStack start(Path root, Path data, Ports ports) {
        return start(root, data, ports, Storage.FILE);
    }

    /** Starts everything and returns once every application answers healthy. */
    public static LocalStack start(Path root, Path data, Ports ports, Storage storage) {
        LocalStack stack = new LocalStack(root, data, ports, storage);
        try {
            stack.mail.start();
            stack.broker.start();
            stack.prepareApplications();
            stack.applications.forEach(application -> application.start(SERVICE_JVM));
            stack.awaitHealthy();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Makes the applications' class-data archives side by side: a first start after a build trains each. */
    private void prepareApplications() {
        ExecutorService training = Executors.newFixedThreadPool(applications.size());
        try {
            applications.stream()
                    .map(application -> CompletableFuture.runAsync(() -> application.prepare(SERVICE_JVM), training))
                    .toList()
                    .forEach(CompletableFuture::join);
        } finally {
            training.shutdown();
        }
    }

    /**
     * Fills an empty stack with the demo community (organisations, rounds, nominations, members,
     * connections) through the services' APIs; a stack that has it already is left as it is.
     */
    public void seedDemoData() {
        DemoData.seedOnce(this, data.resolve("demo-data.seeded"));
    }

    public String issuerUri() {
        return "http://127.0.0.1:" + ports.identity();
    }

    /** Where people open qnet in a browser: the gateway. */
    public String webUrl() {
        return "http://127.0.0.1:" + ports.gateway();
    }

    public String url(String application) {
        return application(application).url();
    }

    /**
     * Stops one application, runs {@code whileStopped}, starts the application again and returns how
     * long it took from its start to answering healthy.
     */
    public Duration restart(String application, Runnable whileStopped) {
        ServiceProcess process = application(application);
        process.requestStop();
        process.awaitStopped();
        whileStopped.run();
        Instant started = Instant.now();
        process.start(SERVICE_JVM);
        Instant deadline = started.plus(START_TIMEOUT);
        while (!process.isHealthy()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(application + " not healthy within " + START_TIMEOUT);
            }
            pause(50);
        }
        return Duration.between(started, Instant.now());
    }

    /** The operating-system process of a running application, e.g. to read its memory. */
    public ProcessHandle process(String application) {
        return application(application).handle();
    }

    /** The file an application writes its output to, across its starts. */
    public Path log(String application) {
        return application(application).log();
    }

    /** The JVM options every application runs with, for anything measured against them. */
    public static List<String> applicationJvmOptions() {
        return SERVICE_JVM;
    }

    private ServiceProcess application(String name) {
        return applications.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no application " + name));
    }

    public KafkaBroker broker() {
        return broker;
    }

    public String kafkaBootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void close() {
        applications.forEach(ServiceProcess::requestStop);
        applications.forEach(ServiceProcess::awaitStopped);
        broker.stop();
        store.close();
        mail.stop();
    }

    private int portOf(String service) {
        return switch (service) {
            case "members" -> ports.members();
            case "projects" -> ports.projects();
            case "events" -> ports.events();
            default -> ports.notifications();
        };
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        List<ServiceProcess> waiting = new ArrayList<>(applications);
        while (!waiting.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not healthy within " + START_TIMEOUT + ": "
                        + waiting.stream().map(ServiceProcess::name).toList());
            }
            waiting.removeIf(ServiceProcess::isHealthy);
            pause();
        }
    }

    static void pause() {
        pause(500);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = repositoryRoot();
        Path data = root.resolve(".local-stack");
        if (Arrays.asList(args).contains("--wipe")) {
            deleteRecursively(data);
        }
        Instant started = Instant.now();
        System.out.println("qnet local stack: starting Kafka, the document store, identity, four services and the gateway"
                + " (the first start after a build also makes each application's class-data archive, about a minute)…");
        LocalStack stack = start(root, data, Ports.defaults());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("qnet local stack: stopping");
            stack.close();
        }, "local-stack-shutdown"));
        if (!Arrays.asList(args).contains("--no-demo-data")) {
            System.out.println("qnet local stack: seeding demo data on first start…");
            stack.seedDemoData();
        }
        System.out.printf("""

                qnet is up (%d s). Data in %s, logs in %s.
                  identity (OIDC issuer)  %s
                  gateway                 %s
                  members-service         %s   %s/swagger-ui.html
                  projects-service        %s
                  events-service          %s
                  notifications-service   %s
                  Kafka                   %s
                  MongoDB (wire protocol) mongodb://127.0.0.1:%d
                  Mail (GreenMail)        SMTP 127.0.0.1:%d; read it over IMAP at 127.0.0.1:%d,
                                          user and password both the recipient's address
                Get a token:  TOKEN=$(bin/token ada)      Stop: Ctrl-C

                Open qnet in your browser: %s
                  sign in as maya (member), nora (nominator), pat (panel), olu (organiser) or ada (admin),
                  password qnet-demo
                %n""",
                Duration.between(started, Instant.now()).toSeconds(), data, data.resolve("logs"),
                stack.issuerUri(), stack.webUrl(), stack.url("members"), stack.url("members"), stack.url("projects"),
                stack.url("events"), stack.url("notifications"), stack.kafkaBootstrapServers(), stack.ports.mongo(),
                stack.ports.smtp(), stack.ports.imap(), stack.webUrl());
        Thread.currentThread().join();
    }

    /** The folder holding the qnet build, found upwards from the working directory. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("mvnw")) && Files.exists(d.resolve("local-stack"))) {
                return d;
            }
        }
        throw new IllegalStateException("run the local stack from the qnet repository");
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
