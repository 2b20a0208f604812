import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, type Problem } from '../../api/client';
import type { EventItem } from '../../api/types';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { TopicInput } from '../../components/TopicInput';
import { labelOf } from '../../format';
import { useAction } from '../../useAction';
import { useLoad } from '../../useLoad';
import { EVENT_KINDS } from './eventText';

interface Draft {
  title: string;
  kind: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  timeZone: string;
  venue: string;
  onlineLink: string;
  capacity: string;
  topics: string[];
  repeatWeekly: string;
}

const BLANK: Draft = {
  title: '', kind: 'seminar', summary: '', description: '', start: '', end: '', timeZone: 'Europe/London',
  venue: '', onlineLink: '', capacity: '', topics: [], repeatWeekly: '',
};

/** Create an event (or a weekly series), or change one; the organiser's form. */
export function EventForm() {
  const { id } = useParams();
  const existing = useLoad(() => (id ? api<EventItem>(`/events/events/${id}`) : Promise.resolve(undefined)), [id]);
  if (id && existing.loading) {
    return <Loading what="the event" />;
  }
  const e = existing.data;
  const initial: Draft = e ? {
    title: e.title, kind: e.kind, summary: e.summary, description: e.description ?? '', start: e.start.substring(0, 16),
    end: e.end.substring(0, 16), timeZone: e.timeZone, venue: e.venue ?? '', onlineLink: e.onlineLink ?? '',
    capacity: e.capacity == null ? '' : String(e.capacity), topics: e.topics, repeatWeekly: '',
  } : BLANK;
  return <EventEditor key={id ?? 'new'} id={id} initial={initial} loadProblem={existing.problem} />;
}

function EventEditor({ id, initial, loadProblem }: { id?: string; initial: Draft; loadProblem?: Problem }) {
  const navigate = useNavigate();
  const [form, setForm] = useState(initial);
  const saving = useAction();
  const problem = saving.problem ?? loadProblem;
  const busy = saving.busy;
  const set = (name: keyof Draft) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });

  const save = (publish: boolean) => async (submitted?: FormEvent) => {
    submitted?.preventDefault();
    const body: Record<string, unknown> = {
      title: form.title, kind: form.kind, summary: form.summary, description: form.description || null,
      start: form.start ? `${form.start}:00` : null, end: form.end ? `${form.end}:00` : null, timeZone: form.timeZone,
      venue: form.venue || null, onlineLink: form.onlineLink || null,
      capacity: form.capacity ? Number(form.capacity) : null, topics: form.topics,
    };
    const saved = await saving.run(async () => {
      if (id) {
        await api(`/events/events/${id}`, 'PATCH', body);
        navigate(`/events/${id}`);
      } else if (form.repeatWeekly) {
        const series = await api<{ occurrences: EventItem[] }>('/events/events/series', 'POST',
          { ...body, publish, rrule: `FREQ=WEEKLY;COUNT=${form.repeatWeekly}` });
        navigate(`/events/${series.occurrences[0]!.id}`);
      } else {
        const created = await api<EventItem>('/events/events', 'POST', { ...body, publish });
        navigate(`/events/${created.id}`);
      }
    });
    if (!saved) {
      window.scrollTo(0, 0);
    }
  };

  return (
    <section>
      <h1>{id ? 'Change the event' : 'New event'}</h1>
      <form className="panel-box" onSubmit={save(true)} noValidate aria-label={id ? 'Change the event' : 'New event'}>
        <ProblemMessage problem={problem} />
        <Field label="Title" name="title" problem={problem}>
          {(props) => <input {...props} value={form.title} onChange={set('title')} />}
        </Field>
        <div className="grid-2">
          <Field label="Kind" name="kind" problem={problem}>
            {(props) => (
              <select {...props} value={form.kind} onChange={set('kind')}>
                {EVENT_KINDS.map((code) => <option key={code} value={code}>{labelOf(code)}</option>)}
              </select>
            )}
          </Field>
          <Field label="Places" name="capacity" problem={problem} hint="Leave empty for no limit.">
            {(props) => <input {...props} type="number" min={1} inputMode="numeric" value={form.capacity} onChange={set('capacity')} />}
          </Field>
          <Field label="Starts" name="start" problem={problem}>
            {(props) => <input {...props} type="datetime-local" value={form.start} onChange={set('start')} />}
          </Field>
          <Field label="Ends" name="end" problem={problem}>
            {(props) => <input {...props} type="datetime-local" value={form.end} onChange={set('end')} />}
          </Field>
          <Field label="Time zone" name="timeZone" problem={problem}>
            {(props) => <input {...props} value={form.timeZone} onChange={set('timeZone')} />}
          </Field>
          {!id && (
            <Field label="Repeat weekly, number of times" name="rrule" problem={problem} hint="Leave empty for a single event.">
              {(props) => <input {...props} type="number" min={2} max={52} inputMode="numeric" value={form.repeatWeekly} onChange={set('repeatWeekly')} />}
            </Field>
          )}
        </div>
        <Field label="Summary" name="summary" problem={problem} hint="One or two sentences for the events list.">
          {(props) => <input {...props} value={form.summary} onChange={set('summary')} />}
        </Field>
        <Field label="Description" name="description" problem={problem} hint="Markdown: **bold**, lists, links.">
          {(props) => <textarea {...props} rows={6} value={form.description} onChange={set('description')} />}
        </Field>
        <div className="grid-2">
          <Field label="Venue" name="venue" problem={problem} hint="For an event in person.">
            {(props) => <input {...props} value={form.venue} onChange={set('venue')} />}
          </Field>
          <Field label="Online link" name="onlineLink" problem={problem} hint="Shown only to those with a place.">
            {(props) => <input {...props} type="url" value={form.onlineLink} onChange={set('onlineLink')} />}
          </Field>
        </div>
        <Field label="Topics" name="topics" problem={problem} hint="Press Enter after each.">
          {(props) => <TopicInput {...props} value={form.topics} onChange={(topics) => setForm({ ...form, topics })} max={20} />}
        </Field>
        <div className="inline">
          {id ? <button type="submit" disabled={busy}>Save changes</button> : (
            <>
              <button type="submit" disabled={busy}>Publish</button>
              <button type="button" className="secondary" disabled={busy} onClick={() => save(false)()}>Save as draft</button>
            </>
          )}
        </div>
      </form>
    </section>
  );
}
