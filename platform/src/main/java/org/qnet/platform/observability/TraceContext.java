package org.qnet.platform.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/**
 * The current trace as a W3C {@code traceparent}, so that an event published later by the outbox relay
 * still belongs to the request that caused it.
 */
public class TraceContext {

    private final Tracer tracer;

    public TraceContext(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The traceparent of the current span, or null outside any trace. */
    public String currentTraceparent() {
        Span span = tracer == null ? null : tracer.currentSpan();
        if (span == null) {
            return null;
        }
        var context = span.context();
        String flags = Boolean.TRUE.equals(context.sampled()) ? "01" : "00";
        return "00-" + context.traceId() + "-" + context.spanId() + "-" + flags;
    }
}
