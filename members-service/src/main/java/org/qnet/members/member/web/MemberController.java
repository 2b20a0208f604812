package org.qnet.members.member.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.qnet.members.member.application.Profiles;
import org.qnet.members.member.application.Profiles.Change;
import org.qnet.members.member.application.YourData;
import org.qnet.members.member.model.Member;
import org.qnet.members.member.model.ProfileChange;
import org.qnet.members.member.model.TrainingLevel;
import org.qnet.members.member.model.Visibility;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Member profiles: anyone signed in reads them, a member edits, exports and erases their own. */
@RestController
@RequestMapping("/members")
class MemberController {

    private final Profiles profiles;
    private final YourData yourData;

    MemberController(Profiles profiles, YourData yourData) {
        this.profiles = profiles;
        this.yourData = yourData;
    }

    /**
     * The fields a member may change; absent or null leaves a field as it is. Anything else in the body,
     * such as the name, email or id, is refused as an unknown property.
     */
    record ProfilePatch(String bio, List<String> topics, List<String> skills, String profession, String region,
                        String organisation, String trainingLevel, Boolean openToMentoring, String visibility) {

        ProfileChange toChange() {
            return new ProfileChange(Optional.ofNullable(bio), Optional.ofNullable(topics), Optional.ofNullable(skills),
                    parse("profession", profession, Profession::fromCode, Profession.codes()),
                    parse("region", region, Region::fromDisplayName,
                            Region.names()),
                    Optional.ofNullable(organisation),
                    parse("trainingLevel", trainingLevel, TrainingLevel::fromCode,
                            Arrays.stream(TrainingLevel.values()).map(TrainingLevel::code).toList().toString()),
                    Optional.ofNullable(openToMentoring),
                    parse("visibility", visibility, Visibility::fromCode, "[listed, hidden]"));
        }

        private static <T> Optional<T> parse(String field, String value, Function<String, Optional<T>> lookup,
                                             String allowed) {
            if (value == null) {
                return Optional.empty();
            }
            return Optional.of(lookup.apply(value).orElseThrow(() -> Problems.invalidField(field, "must be one of " + allowed)));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MemberResponse(String id, String name, String email, String profession, String region, String organisation,
                          List<String> topics, List<String> skills, String bio, String trainingLevel,
                          boolean openToMentoring, String visibility, Instant admittedAt) {
        static MemberResponse of(Member m, boolean showEmail) {
            var p = m.profile();
            return new MemberResponse(m.id(), m.name(), showEmail ? m.email() : null, p.profession().code(),
                    p.region().displayName(), p.organisation(), p.topics(), p.skills(), p.bio(), p.trainingLevel().code(),
                    p.openToMentoring(), p.visibility().code(), m.admittedAt());
        }
    }

    @GetMapping("/me")
    Mono<MemberResponse> me(CurrentUser caller) {
        return one(caller.subject(), caller);
    }

    @GetMapping("/{id}")
    Mono<MemberResponse> one(@PathVariable String id, CurrentUser caller) {
        return profiles.view(id, caller.subject())
                .map(viewed -> MemberResponse.of(viewed.member(), viewed.showEmail()))
                .switchIfEmpty(Mono.error(() -> Problems.notFound("No member " + id)));
    }

    @PatchMapping("/me")
    Mono<MemberResponse> change(@RequestBody ProfilePatch patch, CurrentUser caller) {
        return profiles.change(caller.subject(), patch.toChange()).map(change -> {
            if (change instanceof Change.Changed changed) {
                return MemberResponse.of(changed.member(), true);
            }
            if (change instanceof Change.Refused refused) {
                throw Problems.invalidField(refused.field(), refused.reason());
            }
            if (change instanceof Change.Concurrent) {
                throw Problems.conflict("Your profile changed meanwhile; load it again and repeat your change.");
            }
            throw Problems.notFound("You have no member profile.");
        });
    }

    /** Everything qnet's members service holds about the caller. */
    @GetMapping("/me/export")
    Mono<YourDataExport> export(CurrentUser caller) {
        return yourData.export(caller.subject()).map(YourDataExport::of)
                .switchIfEmpty(Mono.error(() -> Problems.notFound("You have no member profile.")));
    }

    @DeleteMapping("/me")
    Mono<ResponseEntity<Void>> erase(CurrentUser caller) {
        return yourData.erase(caller.subject()).map(erased -> {
            if (!erased) {
                throw Problems.notFound("You have no member profile.");
            }
            return ResponseEntity.noContent().<Void>build();
        });
    }
}
