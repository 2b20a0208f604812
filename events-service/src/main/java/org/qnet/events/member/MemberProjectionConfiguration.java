package org.qnet.events.member;

import java.util.List;
import java.util.function.Consumer;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.MemberErased;
import org.qnet.contracts.members.MemberProfileUpdated;
import org.qnet.events.member.application.MemberProjection;
import org.qnet.events.member.infrastructure.KnownMembers;
import org.qnet.platform.messaging.EventConsumer;
import org.qnet.platform.messaging.Inbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration(proxyBeanMethods = false)
class MemberProjectionConfiguration {

    /** Reads {@code qnet.members} for who may register and what attendee lists show. */
    @Bean
    Consumer<Message<List<byte[]>>> memberEvents(Inbox inbox, MemberProjection projection, KnownMembers members) {
        return EventConsumer.named("events", inbox)
                .on(MemberAdmitted.TYPE, MemberAdmitted.class, (envelope, admitted) -> projection.on(admitted))
                .on(MemberProfileUpdated.TYPE, MemberProfileUpdated.class, (envelope, updated) -> projection.on(updated))
                .on(MemberErased.TYPE, MemberErased.class, (envelope, erased) -> projection.on(erased))
                .buildForBatches(members.batched());
    }
}
