package org.qnet.members.nomination.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.qnet.members.reference.Topics;

/**
 * A candidate put forward by a nominating organisation in a recruitment round, with a supporting
 * statement, waiting for the panel. The rules that need every other nomination of the round (the
 * organisation's quota, one nomination per candidate email) are kept by the store, which alone can
 * keep them under concurrency.
 */
public record Nomination(String id, String roundId, String organisationId, String nominatedBy, Candidate candidate,
                         String statement, NominationStatus status, Instant submittedAt, Decision decision,
                         String memberId) {

    public static final int MAX_STATEMENT_LENGTH = 5_000;
    public static final int MAX_NAME_LENGTH = 200;

    public Nomination {
        Objects.requireNonNull(id);
        Objects.requireNonNull(roundId);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(candidate);
        Objects.requireNonNull(status);
    }

    /** A new nomination, or the field the request gets wrong. */
    public static Submission submit(String id, String roundId, String organisationId, String nominatedBy,
                                    String candidateName, String email, Profession profession, Region region,
                                    List<String> topics, String statement, Instant now) {
        String name = candidateName == null ? "" : candidateName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return new Submission.Refused("candidate.name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        String trimmedStatement = statement == null ? "" : statement.strip();
        if (trimmedStatement.isEmpty() || trimmedStatement.length() > MAX_STATEMENT_LENGTH) {
            return new Submission.Refused("statement", "must be 1 to " + MAX_STATEMENT_LENGTH + " characters");
        }
        Topics.Labels labels = Topics.of(topics);
        if (labels.refusal().isPresent()) {
            return new Submission.Refused("candidate.topics", labels.refusal().get());
        }
        Candidate candidate = new Candidate(name, email, profession, region, labels.values());
        return new Submission.Submitted(new Nomination(id, roundId, organisationId, nominatedBy, candidate,
                trimmedStatement, NominationStatus.SUBMITTED, now, null, null));
    }

    public boolean isUndecided() {
        return status == NominationStatus.SUBMITTED;
    }

    /** The outcome of submitting a nomination. */
    public sealed interface Submission {
        record Submitted(Nomination nomination) implements Submission {
        }

        record Refused(String field, String reason) implements Submission {
        }
    }
}
