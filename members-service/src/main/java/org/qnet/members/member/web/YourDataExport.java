package org.qnet.members.member.web;

import java.time.Instant;
import java.util.List;
import org.qnet.members.member.application.YourData;

/** The export of a member's data, in plain terms: their profile, their links and the nomination that admitted them. */
record YourDataExport(MemberController.MemberResponse profile, List<ExportedConnection> connections,
                      List<ExportedNomination> nominations, Instant exportedAt) {

    record ExportedConnection(String id, String requesterId, String addresseeId, String status, Instant requestedAt,
                              Instant respondedAt) {
    }

    record ExportedNomination(String id, String roundId, String organisationId, String candidateName,
                              String candidateEmail, String statement, String status, Instant submittedAt,
                              String decisionReason) {
    }

    static YourDataExport of(YourData.Export export) {
        return new YourDataExport(MemberController.MemberResponse.of(export.member(), true),
                export.connections().stream().map(c -> new ExportedConnection(c.id(), c.requesterId(), c.addresseeId(),
                        c.status().code(), c.requestedAt(), c.respondedAt())).toList(),
                export.nominations().stream().map(n -> new ExportedNomination(n.id(), n.roundId(), n.organisationId(),
                        n.candidate().name(), n.candidate().email(), n.statement(), n.status().code(), n.submittedAt(),
                        n.decision() == null ? null : n.decision().reason())).toList(),
                export.exportedAt());
    }
}
