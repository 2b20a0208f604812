package org.qnet.events.calendar.model;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.qnet.events.event.model.Event;
import org.qnet.events.event.model.EventStatus;

/**
 * Events as an RFC 5545 calendar: a stable UID per event, a SEQUENCE that grows with every change so
 * calendar apps replace their copy, STATUS:CANCELLED once cancelled, and start and end in the
 * event's own time zone with its VTIMEZONE, so the time is right wherever the calendar is read.
 */
public final class IcsCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsCalendar() {
    }

    /** An event on a calendar; the online link shows only to those allowed to see it. */
    public record Entry(Event event, boolean showOnlineLink) {
    }

    public static String of(String name, List<Entry> entries, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//qnet//events//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Set<ZoneId> zones = new LinkedHashSet<>();
        entries.forEach(entry -> zones.add(entry.event().schedule().zone()));
        zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone()));
        entries.forEach(entry -> calendar.add(vevent(entry, now)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException unwritable) {
            throw new IllegalStateException("calendar could not be written", unwritable);
        }
        return out.toString();
    }

    private static VEvent vevent(Entry entry, Instant now) {
        Event event = entry.event();
        var schedule = event.schedule();
        VEvent vevent = new VEvent(schedule.start().atZone(schedule.zone()), schedule.end().atZone(schedule.zone()),
                event.details().title());
        vevent.add(new Uid(event.id() + "@qnet"));
        vevent.add(new Sequence(event.sequence()));
        vevent.replace(new DtStamp(now));
        vevent.add(event.status() == EventStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        StringBuilder description = new StringBuilder(event.details().summary());
        if (event.cancelReason() != null) {
            description.append("\n\nCancelled: ").append(event.cancelReason());
        }
        vevent.add(new Description(description.toString()));
        URI link = event.place().onlineLink();
        if (event.place().venue() != null) {
            vevent.add(new Location(event.place().venue()));
        } else if (link != null && entry.showOnlineLink()) {
            vevent.add(new Location(link.toString()));
        }
        if (link != null && entry.showOnlineLink()) {
            vevent.add(new Url(link));
        }
        return vevent;
    }
}
