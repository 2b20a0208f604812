package org.qnet.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LevelCheckingLogFactoryTest {

    private static final String NAME = "org.qnet.platform.logging.probe";

    private final Logger logback = (Logger) LoggerFactory.getLogger(NAME);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            // Logback finds the caller lazily, from the stack at hand: ask while the log call is on it.
            event.getCallerData();
            super.append(event);
        }
    };
    private final AtomicInteger rendered = new AtomicInteger();

    @BeforeEach
    void listen() {
        logback.setLevel(Level.INFO);
        logged.start();
        logback.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logback.detachAppender(logged);
        logback.setLevel(null);
    }

    @Test
    void spring_and_its_projects_log_through_the_level_checking_factory() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckingLogFactory.class);
        assertThat(LogFactory.getLog(NAME)).isInstanceOf(LevelCheckingLog.class);
    }

    @Test
    void a_message_below_the_level_is_never_rendered() {
        Log log = LogFactory.getLog(NAME);

        log.trace(message("matching a request"));
        log.debug(message("matching a request"), new IllegalStateException("never seen"));

        assertThat(rendered).hasValue(0);
        assertThat(logged.list).isEmpty();
    }

    @Test
    void a_message_at_its_level_is_logged_once_with_its_failure_and_the_caller_as_its_origin() {
        Log log = LogFactory.getLog(NAME);
        var failure = new IllegalStateException("broker unreachable");

        log.warn(message("publishing failed"), failure);

        assertThat(rendered).hasValue(1);
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).isEqualTo("publishing failed");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("broker unreachable");
            assertThat(event.getCallerData()[0].getClassName()).isEqualTo(getClass().getName());
        });
    }

    @Test
    void fatal_is_logged_as_an_error() {
        LogFactory.getLog(NAME).fatal(message("out of memory"));

        assertThat(logged.list).singleElement().extracting(ILoggingEvent::getLevel).isEqualTo(Level.ERROR);
    }

    @Test
    void the_levels_it_reports_are_the_loggers() {
        Log log = LogFactory.getLog(NAME);

        assertThat(log.isDebugEnabled()).isFalse();
        assertThat(log.isInfoEnabled()).isTrue();
        assertThat(log.isFatalEnabled()).isTrue();
    }

    /** A message that counts how often it is turned into text, as Spring's lazy {@code LogMessage}. */
    private Object message(String text) {
        return new Object() {
            @Override
            public String toString() {
                rendered.incrementAndGet();
                return text;
            }
        };
    }
}
