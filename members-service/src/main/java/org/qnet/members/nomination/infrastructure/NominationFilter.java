package org.qnet.members.nomination.infrastructure;

import java.util.Optional;
import org.qnet.members.nomination.model.NominationStatus;
import org.qnet.platform.web.Paging;

/** Which nominations to list, one page at a time. */
public record NominationFilter(Optional<String> roundId, Optional<String> organisationId,
                               Optional<NominationStatus> status, Paging paging) {
}
