package org.qnet.members.organisation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.qnet.members.organisation.application.RegisteringOrganisation;
import org.qnet.members.organisation.application.ViewingOrganisations;
import org.qnet.members.organisation.application.ViewingOrganisations.Viewed;
import org.qnet.members.organisation.model.Nominator;
import org.qnet.members.organisation.model.Organisation;
import org.qnet.members.organisation.model.Organisation.RegistrationResult;
import org.qnet.members.organisation.model.OrganisationKind;
import org.qnet.members.reference.Region;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Nominating organisations: registered by ADMIN, seen by ADMIN, PANEL and their own nominators. */
@RestController
@RequestMapping("/organisations")
class OrganisationController {

    private final RegisteringOrganisation registering;
    private final ViewingOrganisations viewing;

    OrganisationController(RegisteringOrganisation registering, ViewingOrganisations viewing) {
        this.registering = registering;
        this.viewing = viewing;
    }

    record NominatorRequest(@NotBlank @Size(max = 200) String subject, @NotBlank @Email @Size(max = 320) String email) {
    }

    record RegisterOrganisationRequest(
            @NotBlank @Size(max = Organisation.MAX_NAME_LENGTH) String name,
            @NotBlank String kind,
            @NotBlank String region,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid NominatorRequest> nominators) {
    }

    record OrganisationResponse(String id, String name, String kind, String region, List<NominatorRequest> nominators,
                                Instant registeredAt) {
        static OrganisationResponse of(Organisation o) {
            return new OrganisationResponse(o.id(), o.name(), o.kind().code(), o.region().displayName(),
                    o.nominators().stream().map(n -> new NominatorRequest(n.subject(), n.email())).toList(),
                    o.registeredAt());
        }
    }

    @PostMapping
    Mono<ResponseEntity<OrganisationResponse>> register(@Valid @RequestBody RegisterOrganisationRequest request) {
        OrganisationKind kind = OrganisationKind.fromCode(request.kind()).orElseThrow(() -> Problems.invalidField("kind",
                "must be one of " + Arrays.stream(OrganisationKind.values()).map(OrganisationKind::code).toList()));
        Region region = Region.fromDisplayName(request.region()).orElseThrow(() -> Problems.invalidField("region",
                "must be one of " + Region.names()));
        List<Nominator> nominators = request.nominators().stream().map(n -> new Nominator(n.subject(), n.email())).toList();
        return registering.register(request.name(), kind, region, nominators).map(result -> {
            if (result instanceof RegistrationResult.Refused refused) {
                throw Problems.invalidField(refused.field(), refused.reason());
            }
            Organisation registered = ((RegistrationResult.Registered) result).organisation();
            return ResponseEntity.created(URI.create("/organisations/" + registered.id()))
                    .body(OrganisationResponse.of(registered));
        });
    }

    @GetMapping("/{id}")
    Mono<OrganisationResponse> one(@PathVariable String id, CurrentUser caller) {
        return viewing.one(id, caller).map(viewed -> {
            if (viewed instanceof Viewed.Visible visible) {
                return OrganisationResponse.of(visible.organisation());
            }
            if (viewed instanceof Viewed.Hidden) {
                throw Problems.forbidden("You may not see this organisation.");
            }
            throw Problems.notFound("No organisation " + id);
        });
    }

    @GetMapping
    Flux<OrganisationResponse> all(CurrentUser caller) {
        return viewing.all(caller).map(OrganisationResponse::of);
    }
}
