import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { AttendeeList, EventItem } from '../../api/types';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { formatDateTime, labelOf } from '../../format';
import { hasRole, useSession } from '../../session';
import { useAction } from '../../useAction';
import { useLoad } from '../../useLoad';
import { eventWhen, seatsText } from './eventText';

/** An event: what, when, where, places left; register, cancel or see the waitlist position; the organiser's tools. */
export function EventDetail() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const event = useLoad(() => api<EventItem>(`/events/events/${id}`), [id]);
  const acting = useAction();
  if (event.loading && !event.data) {
    return <Loading what="the event" />;
  }
  if (!event.data) {
    return <section><h1>Event</h1><ProblemMessage problem={event.problem} /></section>;
  }
  const e = event.data;
  const organiser = e.organiserId === session.id || hasRole(session, 'ADMIN');
  const act = (path: string, method: 'POST' | 'DELETE') => async () => {
    if (await acting.run(() => api(`/events/events/${e.id}${path}`, method))) {
      event.reload();
    }
  };
  const busy = acting.busy;
  const yours = e.yourRegistration;
  return (
    <section>
      <p className="breadcrumbs"><Link to="/events">Events</Link></p>
      <h1>{e.title}</h1>
      <p className="lead">{labelOf(e.kind)} · {eventWhen(e)}</p>
      {e.status === 'cancelled' && <p className="problem" role="status">This event is cancelled. {e.cancelReason}</p>}
      {e.status === 'draft' && <p className="notice">Draft: only you can see this event until you publish it.</p>}
      <div className="event-facts">
        <p><strong>Where:</strong> {e.online ? (e.onlineLink ? <a href={e.onlineLink}>{e.onlineLink}</a> : 'Online; the link is shown to those with a place') : e.venue}</p>
        <p data-testid="seats"><strong>Places:</strong> {seatsText(e)}</p>
        {e.registrationClosesAt && <p><strong>Registration closes:</strong> {formatDateTime(e.registrationClosesAt)}</p>}
      </div>
      <p>{e.summary}</p>
      {e.descriptionHtml && <div className="description" dangerouslySetInnerHTML={{ __html: e.descriptionHtml }} />}
      {e.topics.length > 0 && <ul className="chips" aria-label="Topics">{e.topics.map((t) => <li key={t} className="chip">{t}</li>)}</ul>}

      <div className="panel-box" aria-live="polite" data-testid="your-place">
        <ProblemMessage problem={acting.problem} />
        {hasRole(session, 'MEMBER') && e.status === 'published' && !yours && (
          <button type="button" disabled={busy} onClick={act('/registrations', 'POST')}>
            {e.capacity != null && (e.seatsLeft ?? 0) === 0 ? 'Join the waitlist' : 'Register'}
          </button>
        )}
        {yours?.status === 'confirmed' && <p className="success">You have a place at this event.</p>}
        {yours?.status === 'waitlisted' && <p className="notice">You are number {yours.position} on the waitlist. We will tell you if a place frees up.</p>}
        {yours && (
          <div className="inline">
            <button type="button" className="secondary" disabled={busy} onClick={act('/registrations/me', 'DELETE')}>
              {yours.status === 'waitlisted' ? 'Leave the waitlist' : 'Cancel my place'}
            </button>
            <a className="button secondary-link" href={`/api/events/events/${e.id}/event.ics`} download>Add to calendar</a>
          </div>
        )}
      </div>
      {organiser && <OrganiserTools event={e} onChanged={event.reload} />}
    </section>
  );
}

function OrganiserTools({ event, onChanged }: { event: EventItem; onChanged: () => void }) {
  const acting = useAction();
  const problem = acting.problem;
  const [reason, setReason] = useState('');
  const attendees = useLoad(() => api<AttendeeList>(`/events/events/${event.id}/registrations`), [event.id, event.seatsTaken, event.waitlistLength]);
  const post = (path: string, body?: unknown) => async (submitted?: FormEvent) => {
    submitted?.preventDefault();
    if (await acting.run(() => api(`/events/events/${event.id}${path}`, 'POST', body))) {
      onChanged();
    }
  };
  return (
    <section className="panel-box" aria-labelledby="organiser-tools">
      <h2 id="organiser-tools">Organiser</h2>
      <ProblemMessage problem={problem} />
      <div className="inline">
        {event.status === 'draft' && <button type="button" onClick={() => post('/publish')()}>Publish</button>}
        {event.status !== 'cancelled' && <Link className="button secondary-link" to={`/events/${event.id}/edit`}>Change details</Link>}
        <a className="button secondary-link" href={`/api/events/events/${event.id}/registrations.csv`} download>Download attendees (CSV)</a>
      </div>
      {(event.status === 'published' || event.status === 'draft') && (
        <form onSubmit={post('/cancel', { reason })} noValidate className="cancel-form">
          <Field label="Reason for cancelling" name="reason" problem={problem} hint="Everyone registered is told, with this reason.">
            {(props) => <input {...props} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <button type="submit" className="danger">Cancel this event</button>
        </form>
      )}
      <h3>Attendees ({attendees.data?.confirmed.length ?? 0})</h3>
      <ul className="plain" data-testid="attendees">
        {attendees.data?.confirmed.map((a) => <li key={a.memberId}>{a.name}{a.email ? ` · ${a.email}` : ''}</li>)}
      </ul>
      <h3>Waitlist ({attendees.data?.waitlist.length ?? 0})</h3>
      <ol className="plain" data-testid="waitlist">
        {attendees.data?.waitlist.map((a) => <li key={a.memberId}>{a.position}. {a.name}</li>)}
      </ol>
    </section>
  );
}
