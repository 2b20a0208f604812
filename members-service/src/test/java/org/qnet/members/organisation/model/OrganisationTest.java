package org.qnet.members.organisation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qnet.members.reference.Region;
import org.qnet.members.organisation.model.Organisation.RegistrationResult;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final List<Nominator> NORA = List.of(new Nominator("nora", "Nora@Northfield.example "));

    @Test
    void registered_organisation_is_identified_by_a_slug_of_its_name() {
        var result = Organisation.register("  St Mary’s   NHS Trust ", OrganisationKind.NHS_TRUST, Region.LONDON, NORA, NOW);

        Organisation organisation = ((RegistrationResult.Registered) result).organisation();
        assertThat(organisation.id()).isEqualTo("st-marys-nhs-trust");
        assertThat(organisation.name()).isEqualTo("St Mary’s NHS Trust");
        assertThat(organisation.registeredAt()).isEqualTo(NOW);
    }

    @Test
    void nominator_email_is_kept_in_one_canonical_form() {
        var result = Organisation.register("Northfield NHS Trust", OrganisationKind.NHS_TRUST, Region.NORTH_WEST, NORA, NOW);

        assertThat(((RegistrationResult.Registered) result).organisation().nominators())
                .containsExactly(new Nominator("nora", "nora@northfield.example"));
    }

    @Test
    void organisation_without_nominators_is_refused() {
        var result = Organisation.register("Northfield NHS Trust", OrganisationKind.NHS_TRUST, Region.NORTH_WEST, List.of(), NOW);

        assertThat(result).isEqualTo(new RegistrationResult.Refused("nominators", "an organisation needs at least one nominator"));
    }

    @Test
    void the_same_nominator_listed_twice_is_refused() {
        var twice = List.of(new Nominator("nora", "nora@a.example"), new Nominator("nora", "nora@b.example"));

        var result = Organisation.register("Northfield NHS Trust", OrganisationKind.NHS_TRUST, Region.NORTH_WEST, twice, NOW);

        assertThat(result).isInstanceOf(RegistrationResult.Refused.class);
    }

    @Test
    void name_without_letters_or_digits_is_refused() {
        var result = Organisation.register("--- ***", OrganisationKind.CHARITY, Region.WALES, NORA, NOW);

        assertThat(result).isEqualTo(new RegistrationResult.Refused("name", "must contain letters or digits"));
    }

    @Test
    void overlong_name_is_refused() {
        var result = Organisation.register("x".repeat(201), OrganisationKind.CHARITY, Region.WALES, NORA, NOW);

        assertThat(result).isInstanceOf(RegistrationResult.Refused.class);
    }

    @Test
    void organisation_knows_its_own_nominators_only() {
        var result = Organisation.register("Northfield NHS Trust", OrganisationKind.NHS_TRUST, Region.NORTH_WEST, NORA, NOW);
        Organisation organisation = ((RegistrationResult.Registered) result).organisation();

        assertThat(organisation.hasNominator("nora")).isTrue();
        assertThat(organisation.hasNominator("sam")).isFalse();
    }
}
