package org.qnet.events.event.model;

import java.time.Instant;

/** When members may register: from an opening instant (or at once) to a closing one (or the start). */
public record RegistrationWindow(Instant opensAt, Instant closesAt) {

    public boolean isOpenAt(Instant now, Instant eventStartsAt) {
        Instant closes = closesAt == null || closesAt.isAfter(eventStartsAt) ? eventStartsAt : closesAt;
        return (opensAt == null || !now.isBefore(opensAt)) && now.isBefore(closes);
    }
}
