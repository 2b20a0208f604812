package org.qnet.events.registration.infrastructure;

import java.time.Instant;
import java.util.List;
import org.qnet.events.registration.model.Registration;
import org.qnet.events.registration.model.RegistrationStatus;
import org.qnet.platform.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/**
 * How a registration is stored. {@code activeKey} is event and member while the registration is
 * active and is unique, so a member holds at most one active registration per event however often
 * they press the button.
 */
record RegistrationDocument(@Id String id, String eventId, String memberId, String status, long ticket,
                            boolean promoted, Boolean attended, String activeKey, Instant registeredAt,
                            Instant changedAt, List<OutboxEvent> outbox) {

    static String activeKey(String eventId, String memberId) {
        return eventId + "/" + memberId;
    }

    static String released(String id) {
        return "released/" + id;
    }

    Registration toRegistration() {
        return new Registration(id, eventId, memberId, RegistrationStatus.valueOf(status), ticket, promoted, attended,
                registeredAt);
    }
}
