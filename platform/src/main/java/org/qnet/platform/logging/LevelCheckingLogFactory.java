package org.qnet.platform.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.LoggerFactory;

/**
 * Commons Logging's factory in every qnet service (named in
 * {@code META-INF/services/org.apache.commons.logging.LogFactory}, which Commons Logging consults before
 * its own): each log goes to SLF4J, as Commons Logging's own binding does, but a message becomes text
 * only when its level is on.
 * <p>
 * Spring and its projects log through Commons Logging since Spring Framework 7, and pass messages as
 * {@code LogMessage}s so that they are formatted only when logged. Commons Logging's SLF4J binding
 * (1.3.x, 1.4.0) formats every message before SLF4J looks at the level, so Spring Security formatted
 * and threw away a message for each request matcher it tried, on every request: 2 % of
 * members-service's CPU and 21 KB of the 245 KB it allocated for a profile read
 * (docs/BENCHMARKS.md). Spring fixed its own {@code LogAccessor} (spring-projects/spring-framework#37266);
 * code that calls {@link Log} directly still depends on the binding.
 */
public final class LevelCheckingLogFactory extends LogFactory {

    private final ConcurrentMap<String, Log> logs = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> attributes = new ConcurrentHashMap<>();

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, named -> new LevelCheckingLog(LoggerFactory.getLogger(named)));
    }

    @Override
    public Log getInstance(Class<?> type) {
        return getInstance(type.getName());
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void release() {
        logs.clear();
    }
}
