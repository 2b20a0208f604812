package org.qnet.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.qnet.localstack.IssuerTokens;
import org.qnet.localstack.LocalStack;

/**
 * Members made for a run the way people are made members: Northfield's nominator puts them forward
 * in a round of their own, the panel admits them, and each signs in with the issuer.
 */
final class BenchCommunity {

    record Member(String id, String name, String token) {
    }

    private static final String PASSWORD = "qnet-demo";
    private static final int PARALLEL = 4;

    private final List<Member> members;

    private BenchCommunity(List<Member> members) {
        this.members = members;
    }

    static BenchCommunity admit(LocalStack stack, int count) {
        IssuerTokens issuer = new IssuerTokens(stack.issuerUri());
        String members = stack.url("members");
        String nora = issuer.accessToken("nora", PASSWORD);
        String pat = issuer.accessToken("pat", PASSWORD);
        String ada = issuer.accessToken("ada", PASSWORD);
        // Northfield and its nominator, as in the demo data; already there when the demo data is.
        Http.post(members + "/organisations", ada, """
                {"name": "Northfield NHS Trust", "kind": "nhs-trust", "region": "North West",
                 "nominators": [{"subject": "nora", "email": "nora@northfield.example"}]}
                """).expect(201, 409);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        String round = Http.post(members + "/rounds", ada,
                "{\"name\": \"Benchmark round %s\", \"opensAt\": \"%s\", \"closesAt\": \"%s\", \"quota\": %d}"
                        .formatted(run, now.minusSeconds(60), now.plusSeconds(86_400), Math.max(count, 1)))
                .expect(201).json().get("id").asString();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<String[]> admitted = inParallel(pool, count, i -> {
                String name = "Bench Member " + run + "-" + i;
                String email = "bench-" + run + "-" + i + "@northfield.example";
                String nomination = Http.post(members + "/nominations", nora, """
                        {"roundId": "%s",
                         "candidate": {"name": "%s", "email": "%s", "profession": "nurse", "region": "North West",
                                       "topics": ["patient safety", "sepsis"]},
                         "statement": "Leads sepsis screening improvement on the acute wards."}
                        """.formatted(round, name, email)).expect(201).json().get("id").asString();
                String memberId = Http.post(members + "/nominations/" + nomination + "/decision", pat,
                        "{\"outcome\": \"admit\", \"reason\": \"Benchmark community.\"}")
                        .expect(200).json().get("memberId").asString();
                return new String[] {memberId, name, email};
            });
            List<Member> signedIn = inParallel(pool, count, i -> {
                String[] member = admitted.get(i);
                return new Member(member[0], member[1], signIn(issuer, member[2]));
            });
            return new BenchCommunity(signedIn);
        } finally {
            pool.shutdownNow();
        }
    }

    List<Member> members() {
        return members;
    }

    List<Member> first(int count) {
        return members.subList(0, Math.min(count, members.size()));
    }

    /** The issuer provisions a sign-in once it has read the admission; until then, signing in fails. */
    private static String signIn(IssuerTokens issuer, String email) {
        Instant deadline = Instant.now().plusSeconds(120);
        while (true) {
            try {
                return issuer.accessToken(email, PASSWORD);
            } catch (RuntimeException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                Pause.of(200);
            }
        }
    }

    private interface Step<T> {
        T run(int index) throws Exception;
    }

    private static <T> List<T> inParallel(ExecutorService pool, int count, Step<T> step) {
        List<Future<T>> futures = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> futures.add(pool.submit(() -> step.run(i))));
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (Exception e) {
                throw new IllegalStateException("admitting the benchmark community failed", e);
            }
        }
        return Collections.unmodifiableList(results);
    }
}
