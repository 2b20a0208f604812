package org.qnet.identity;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.qnet.contracts.CloudEventHeaders;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.MemberErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Learns from {@code qnet.members} who was admitted, so that they can sign in, and who erased their
 * data, so that their sign-in goes too. Other event types are not the issuer's business.
 */
@Component
class MemberEvents {

    private static final Logger log = LoggerFactory.getLogger(MemberEvents.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Accounts accounts;

    MemberEvents(Accounts accounts) {
        this.accounts = accounts;
    }

    @KafkaListener(topics = Topics.MEMBERS, groupId = "${spring.application.name}")
    void on(ConsumerRecord<String, String> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        if (MemberAdmitted.TYPE.ceType().equals(type)) {
            MemberAdmitted admitted = JSON.readValue(record.value(), MemberAdmitted.class);
            accounts.admitted(admitted.email(), admitted.memberId(), admitted.name());
            log.info("sign-in ready for member {}", admitted.memberId());
        } else if (MemberErased.TYPE.ceType().equals(type)) {
            accounts.erased(JSON.readValue(record.value(), MemberErased.class).memberId());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
