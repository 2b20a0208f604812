package org.qnet.platform.logging;

import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.event.Level;
import org.slf4j.spi.LocationAwareLogger;

/**
 * A Commons Logging {@link Log} over an SLF4J logger that turns a message into text only when its level
 * is on. Through a {@link LocationAwareLogger} (Logback's) the caller's class and line are those of the
 * code that logged, not this class. Fatal is SLF4J's error.
 */
final class LevelCheckingLog implements Log {

    private static final String FQCN = LevelCheckingLog.class.getName();

    private final Logger logger;

    LevelCheckingLog(Logger logger) {
        this.logger = logger;
    }

    @Override
    public boolean isTraceEnabled() {
        return logger.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return logger.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return logger.isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return logger.isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return logger.isErrorEnabled();
    }

    @Override
    public boolean isFatalEnabled() {
        return logger.isErrorEnabled();
    }

    @Override
    public void trace(Object message) {
        at(Level.TRACE, message, null);
    }

    @Override
    public void trace(Object message, Throwable failure) {
        at(Level.TRACE, message, failure);
    }

    @Override
    public void debug(Object message) {
        at(Level.DEBUG, message, null);
    }

    @Override
    public void debug(Object message, Throwable failure) {
        at(Level.DEBUG, message, failure);
    }

    @Override
    public void info(Object message) {
        at(Level.INFO, message, null);
    }

    @Override
    public void info(Object message, Throwable failure) {
        at(Level.INFO, message, failure);
    }

    @Override
    public void warn(Object message) {
        at(Level.WARN, message, null);
    }

    @Override
    public void warn(Object message, Throwable failure) {
        at(Level.WARN, message, failure);
    }

    @Override
    public void error(Object message) {
        at(Level.ERROR, message, null);
    }

    @Override
    public void error(Object message, Throwable failure) {
        at(Level.ERROR, message, failure);
    }

    @Override
    public void fatal(Object message) {
        at(Level.ERROR, message, null);
    }

    @Override
    public void fatal(Object message, Throwable failure) {
        at(Level.ERROR, message, failure);
    }

    private void at(Level level, Object message, Throwable failure) {
        if (!logger.isEnabledForLevel(level)) {
            return;
        }
        String text = String.valueOf(message);
        if (logger instanceof LocationAwareLogger located) {
            located.log(null, FQCN, level.toInt(), text, null, failure);
        } else {
            logger.atLevel(level).setCause(failure).log(text);
        }
    }
}
