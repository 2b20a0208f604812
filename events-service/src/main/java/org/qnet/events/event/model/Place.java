package org.qnet.events.event.model;

import java.net.URI;
import java.util.Locale;

/** Where an event happens: a venue, an online link (https only), or both for a hybrid event. */
public record Place(String venue, URI onlineLink) {

    public Place {
        if (venue == null && onlineLink == null) {
            throw new IllegalArgumentException("an event has a venue or an online link");
        }
        if (onlineLink != null && !isHttps(onlineLink)) {
            throw new IllegalArgumentException("an online link must be an https URL");
        }
    }

    public static boolean isHttps(URI link) {
        return link.isAbsolute() && "https".equals(link.getScheme().toLowerCase(Locale.ROOT)) && link.getHost() != null;
    }

    public boolean online() {
        return onlineLink != null;
    }
}
