package org.qnet.events.reminder;

import java.time.Duration;
import org.qnet.events.reminder.application.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Looks for due reminders every interval while the service runs; one pass at a time. */
@Component
class ReminderScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final Reminders reminders;
    private final Duration interval;
    private volatile Disposable running;

    ReminderScheduler(Reminders reminders, @Value("${qnet.events.reminders.interval:30s}") Duration interval) {
        this.reminders = reminders;
        this.interval = interval;
    }

    @Override
    public void start() {
        running = Flux.interval(interval, interval, Schedulers.newSingle("event-reminders", true))
                .onBackpressureDrop()
                .concatMap(tick -> reminders.sendDue().onErrorResume(failure -> {
                    log.warn("reminder pass failed: {}", failure.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}
