package org.qnet.members.directory.web;

import java.util.List;
import java.util.Optional;
import org.qnet.members.directory.infrastructure.DirectorySearch;
import org.qnet.members.directory.infrastructure.DirectorySearch.DirectoryPage;
import org.qnet.members.directory.model.DirectoryQuery;
import org.qnet.members.member.model.Member;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The member directory: listed members by text, topic, region, profession, skill and mentoring. */
@RestController
class DirectoryController {

    private final DirectorySearch directory;

    DirectoryController(DirectorySearch directory) {
        this.directory = directory;
    }

    /** A member as the directory lists them: no email, no bio. */
    record ListedMember(String id, String name, String profession, String region, String organisation,
                        List<String> topics, List<String> skills, String trainingLevel, boolean openToMentoring) {
        static ListedMember of(Member m) {
            var p = m.profile();
            return new ListedMember(m.id(), m.name(), p.profession().code(), p.region().displayName(), p.organisation(),
                    p.topics(), p.skills(), p.trainingLevel().code(), p.openToMentoring());
        }
    }

    record DirectoryResponse(List<ListedMember> items, int page, int size, long total, DirectoryPage.Facets facets) {
    }

    @GetMapping("/members")
    Mono<DirectoryResponse> search(@RequestParam(required = false) String q,
                                   @RequestParam(required = false) List<String> topic,
                                   @RequestParam(required = false) String region,
                                   @RequestParam(required = false) String profession,
                                   @RequestParam(required = false) String skill,
                                   @RequestParam(required = false) Boolean mentoring,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        if (q != null && q.length() > DirectoryQuery.MAX_TEXT_LENGTH) {
            throw Problems.invalidField("q", "must be at most " + DirectoryQuery.MAX_TEXT_LENGTH + " characters");
        }
        var query = new DirectoryQuery(Optional.ofNullable(q), topic == null ? List.of() : topic,
                Optional.ofNullable(region).map(name -> Region.fromDisplayName(name).orElseThrow(() -> Problems.invalidField(
                        "region", "must be one of " + Region.names()))),
                Optional.ofNullable(profession).map(code -> Profession.fromCode(code).orElseThrow(() ->
                        Problems.invalidField("profession", "must be one of " + Profession.codes()))),
                Optional.ofNullable(skill), Optional.ofNullable(mentoring));
        Paging paging = Paging.of(page, size);
        return directory.search(query, paging).map(found -> new DirectoryResponse(
                found.members().stream().map(ListedMember::of).toList(), paging.page(), paging.size(), found.total(),
                found.facets()));
    }
}
