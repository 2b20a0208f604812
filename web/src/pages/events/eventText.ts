import type { EventItem } from '../../api/types';

export const EVENT_KINDS = ['seminar', 'workshop', 'webinar', 'site-visit', 'forum', 'action-learning-set'];

const day = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** When an event is, in the reader's own time zone. */
export function eventWhen(event: EventItem): string {
  const starts = new Date(event.startsAt);
  const ends = new Date(event.endsAt);
  const sameDay = starts.toDateString() === ends.toDateString();
  return sameDay
    ? `${day.format(starts)}, ${time.format(starts)}–${time.format(ends)}`
    : `${day.format(starts)} ${time.format(starts)} – ${day.format(ends)} ${time.format(ends)}`;
}

export function seatsText(event: EventItem): string {
  if (event.capacity == null) {
    return `${event.seatsTaken} registered`;
  }
  const left = event.seatsLeft ?? 0;
  const waitlist = event.waitlistLength > 0 ? `, ${event.waitlistLength} on the waitlist` : '';
  return left > 0 ? `${left} of ${event.capacity} places left${waitlist}` : `Full${waitlist}`;
}
