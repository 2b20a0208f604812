package org.qnet.events.reminder;

import java.time.Duration;
import org.qnet.events.reminder.application.Reminders;
import org.qnet.platform.scheduling.RecurringPass;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    /** Looks for due reminders every interval; each reminder is claimed once in the database. */
    @Bean
    RecurringPass reminderPasses(Reminders reminders, @Value("${qnet.events.reminders.interval:30s}") Duration interval) {
        return new RecurringPass("event-reminders", interval, reminders::sendDue);
    }
}
