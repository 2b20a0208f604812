import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, query } from '../../api/client';
import type { EventItem, EventPage } from '../../api/types';
import { Loading } from '../../components/Loading';
import { Pages } from '../../components/Pages';
import { ProblemMessage } from '../../components/ProblemMessage';
import { labelOf } from '../../format';
import { hasRole, useSession } from '../../session';
import { useLoad } from '../../useLoad';
import { useQueryState } from '../../useQueryState';
import { EVENT_KINDS, eventWhen, seatsText } from './eventText';
import { MonthCalendar } from './MonthCalendar';
import { SubscriptionLink } from './SubscriptionLink';

const PAGE_SIZE = 20;

/** Upcoming events as a list or a month calendar, filtered by text, kind and topic; the address keeps the view. */
export function Events() {
  const { session } = useSession();
  const [params, set] = useQueryState();
  const view = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const q = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  const topic = params.get('topic') ?? '';
  const page = Number(params.get('page') ?? '0');
  const month = params.get('month') ?? new Date().toISOString().substring(0, 7);
  const events = useLoad(() => {
    const range = view === 'calendar' ? monthRange(month) : { from: new Date().toISOString(), to: undefined };
    return api<EventPage>(`/events/events${query({
      from: range.from, to: range.to, q, kind, topic, page: view === 'calendar' ? 0 : page,
      size: view === 'calendar' ? 100 : PAGE_SIZE,
    })}`);
  }, [params.toString()]);
  const [text, setText] = useState(q);
  const search = (event: FormEvent) => {
    event.preventDefault();
    set({ q: text.trim() || null });
  };

  return (
    <section>
      <div className="title-row">
        <h1>Events</h1>
        {hasRole(session, 'ORGANISER', 'ADMIN') && <Link className="button" to="/events/new">New event</Link>}
      </div>
      <form role="search" className="filters" onSubmit={search}>
        <div className="field">
          <label htmlFor="events-q">Search events</label>
          <input id="events-q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="Title or topic" />
        </div>
        <div className="field">
          <label htmlFor="events-kind">Kind</label>
          <select id="events-kind" value={kind} onChange={(e) => set({ kind: e.target.value || null })}>
            <option value="">Any kind</option>
            {EVENT_KINDS.map((code) => <option key={code} value={code}>{labelOf(code)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="events-topic">Topic</label>
          <input id="events-topic" defaultValue={topic} onBlur={(e) => set({ topic: e.target.value.trim() || null })}
            placeholder="e.g. sepsis" />
        </div>
        <div className="field field-action"><button type="submit">Search</button></div>
      </form>
      <div className="inline view-switch" role="group" aria-label="View">
        <button type="button" className={view === 'list' ? '' : 'secondary'} aria-pressed={view === 'list'}
          onClick={() => set({ view: null, month: null })}>List</button>
        <button type="button" className={view === 'calendar' ? '' : 'secondary'} aria-pressed={view === 'calendar'}
          onClick={() => set({ view: 'calendar' })}>Calendar</button>
      </div>
      <ProblemMessage problem={events.problem} />
      {events.loading && !events.data && <Loading what="events" />}
      {events.data && view === 'calendar' && (
        <MonthCalendar month={month} events={events.data.items} onMonth={(m) => set({ month: m })} />
      )}
      {events.data && view === 'list' && (
        <>
          {events.data.items.length === 0 && <p>No upcoming events match.</p>}
          <ul className="list">{events.data.items.map((event) => <EventRow key={event.id} event={event} />)}</ul>
          <Pages page={page} size={PAGE_SIZE} total={events.data.total} onPage={(p) => set({ page: p ? String(p) : null })} />
        </>
      )}
      {hasRole(session, 'MEMBER') && <SubscriptionLink />}
    </section>
  );
}

function EventRow({ event }: { event: EventItem }) {
  return (
    <li className="list-item" data-testid="event">
      <div>
        <p className="item-title"><Link to={`/events/${event.id}`}>{event.title}</Link></p>
        <p className="meta">{labelOf(event.kind)} · {eventWhen(event)} · {event.online ? 'Online' : event.venue}</p>
        <p>{event.summary}</p>
      </div>
      <div className="item-actions">
        {event.status !== 'published' && <span className={`status status-${event.status}`}>{labelOf(event.status)}</span>}
        {event.yourRegistration && <span className={`status status-${event.yourRegistration.status}`}>{labelOf(event.yourRegistration.status)}</span>}
        <span className="meta">{seatsText(event)}</span>
      </div>
    </li>
  );
}

function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return { from: new Date(Date.UTC(year, m - 1, 1)).toISOString(), to: new Date(Date.UTC(year, m, 1)).toISOString() };
}
