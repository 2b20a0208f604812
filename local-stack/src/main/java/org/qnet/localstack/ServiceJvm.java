package org.qnet.localstack;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The JVM options every application of the local stack starts with, sized for a two-core machine that
 * runs all of them at once (bench/NOTES.md says what each was measured to buy).
 */
final class ServiceJvm {

    /**
     * The serial collector and a small heap; a young generation of fixed size with survivor spaces
     * large enough for the requests in flight at 64 connections, so they die young instead of filling
     * the old generation; an old generation kept near its live set (20-40 % free after a full
     * collection, where the default keeps 40-70 %); softly reachable caches (the JDK's reflection data,
     * Spring's) kept about half a minute after their last use (100 ms per MB of free heap) rather than
     * five minutes, which keeps events-service's old generation about 10 MB smaller under its listing;
     * a method compiled with profiling only once it has run a thousand times rather than two hundred
     * (loops 300,000 iterations rather than 60,000), so that code run only at start-up or now and then stays
     * interpreted instead of filling the code cache: 6 MB less compiled code and 10 MB less resident
     * memory under the reads, at the same speed once compiled and the same start-up time; and the bean
     * definitions the build worked out ahead of time (the {@code process-aot} goal), where the context
     * would otherwise parse configuration classes and evaluate conditions at every start: members-service
     * ready a second sooner (6.3-7.4 s against 7.4-8.1 s, four alternating starts each with their
     * class-data archives), 5-10 MB smaller. Conditions are then those of the build, so the local stack
     * changes only values through its environment, never which beans exist.
     */
    private static final List<String> ALWAYS = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx384m",
            "-Xmn40m", "-XX:SurvivorRatio=3", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40",
            "-XX:SoftRefLRUPolicyMSPerMB=100", "-Xshare:auto",
            "-XX:Tier3InvocationThreshold=1000", "-XX:Tier3MinInvocationThreshold=500",
            "-XX:Tier3CompileThreshold=10000", "-XX:Tier3BackEdgeThreshold=300000",
            "-Dspring.aot.enabled=true");

    /**
     * The C2 compiler's arenas are freed to the C library, which keeps the pages: 20-35 MB a service
     * after a burst of new requests. Handed back every five seconds, where the JVM can (17.0.9, 21.0.1,
     * 22 and later); an older JVM does not start with the option.
     */
    private static final String TRIM_NATIVE_HEAP = "TrimNativeHeapInterval";
    private static final String TRIM_EVERY_FIVE_SECONDS = "-XX:" + TRIM_NATIVE_HEAP + "=5000";

    private ServiceJvm() {
    }

    /** The options for this JVM, which the local stack starts the applications with. */
    static List<String> options() {
        return options(ServiceJvm::thisJvmHas);
    }

    static List<String> options(Predicate<String> jvmHas) {
        List<String> options = new ArrayList<>(ALWAYS);
        if (jvmHas.test(TRIM_NATIVE_HEAP)) {
            options.add(TRIM_EVERY_FIVE_SECONDS);
        }
        return List.copyOf(options);
    }

    private static boolean thisJvmHas(String option) {
        try {
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(option);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
