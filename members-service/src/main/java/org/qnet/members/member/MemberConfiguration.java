package org.qnet.members.member;

import java.util.function.Consumer;
import org.qnet.contracts.members.MemberErased;
import org.qnet.contracts.members.NominationDecided;
import org.qnet.members.member.application.Admissions;
import org.qnet.members.member.application.YourData;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.platform.messaging.EventConsumer;
import org.qnet.platform.messaging.Inbox;
import org.qnet.platform.mongo.CollectionIndexes;
import org.qnet.platform.security.AccessRules;
import org.qnet.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration(proxyBeanMethods = false)
class MemberConfiguration {

    /** "Me" is a member: the caller's own profile, export, erasure and suggestions. */
    @Bean
    AccessRules memberAccess() {
        return exchanges -> exchanges.pathMatchers("/members/me", "/members/me/**").hasRole(Role.MEMBER.name());
    }

    @Bean
    CollectionIndexes memberIndexes() {
        return MemberStore.indexes();
    }

    /**
     * The service reads back its own decisions and erasures from {@code qnet.members}: admitting a member
     * and cleaning up after an erasure then survive a crash right after the first write.
     */
    @Bean
    Consumer<Message<byte[]>> ownEvents(Inbox inbox, Admissions admissions, YourData yourData) {
        return EventConsumer.named("members", inbox)
                .on(NominationDecided.TYPE, NominationDecided.class, (envelope, decided) -> admissions.on(decided))
                .on(MemberErased.TYPE, MemberErased.class, (envelope, erased) -> yourData.on(erased))
                .build();
    }
}
