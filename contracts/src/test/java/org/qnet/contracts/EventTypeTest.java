package org.qnet.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void ce_type_names_service_event_and_version() {
        EventType type = new EventType("members", "MemberAdmitted", 1);

        assertThat(type.ceType()).isEqualTo("org.qnet.members.MemberAdmitted.v1");
        assertThat(type.source()).isEqualTo("urn:qnet:service:members");
        assertThat(EventType.parse(type.ceType())).isEqualTo(type);
    }

    @Test
    void foreign_or_unversioned_types_are_not_qnet_events() {
        assertThatThrownBy(() -> EventType.parse("com.example.Something.v1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventType.parse("org.qnet.members.MemberAdmitted")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventType.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dead_letter_topic_names_the_source_topic_and_the_consumer() {
        assertThat(Topics.deadLetter(Topics.MEMBERS, "notifications")).isEqualTo("qnet.members.notifications.dlq");
    }
}
