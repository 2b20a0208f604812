import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Round } from '../../api/types';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { formatDateTime, labelOf } from '../../format';
import { useAction } from '../../useAction';
import { useLoad } from '../../useLoad';

/** Recruitment rounds as the administrator runs them: each with its window and quota, opened and closed here. */
export function Rounds() {
  const rounds = useLoad(() => api<Round[]>('/members/rounds'), []);
  const closing = useAction();
  const close = (round: Round) => async () => {
    if (window.confirm(`Close ${round.name}? Nominators can no longer nominate in it.`)
      && await closing.run(() => api(`/members/rounds/${round.id}/close`, 'POST'))) {
      rounds.reload();
    }
  };
  const newestFirst = [...(rounds.data ?? [])].sort((a, b) => b.opensAt.localeCompare(a.opensAt));
  return (
    <section aria-labelledby="rounds">
      <h2 id="rounds">Recruitment rounds</h2>
      <ProblemMessage problem={rounds.problem ?? closing.problem} />
      {rounds.data?.length === 0 && <p>No recruitment round yet.</p>}
      <ul className="list" data-testid="rounds">
        {newestFirst.map((round) => (
          <li key={round.id} className="list-item">
            <div>
              <p className="item-title">{round.name}</p>
              <p className="meta">{formatDateTime(round.opensAt)} to {formatDateTime(round.closesAt)} · {round.quota} nominations per organisation</p>
            </div>
            <div className="item-actions">
              <span className={`status status-round-${round.status}`}>{labelOf(round.status)}</span>
              {round.status !== 'closed' && (
                <button type="button" className="danger" disabled={closing.busy} onClick={close(round)}>Close {round.name}</button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <OpenRound onOpened={rounds.reload} />
    </section>
  );
}

function OpenRound({ onOpened }: { onOpened: () => void }) {
  const blank = { name: '', opensAt: '', closesAt: '', quota: '' };
  const [form, setForm] = useState(blank);
  const opening = useAction();
  const problem = opening.problem;
  const set = (name: keyof typeof blank) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const open = async (event: FormEvent) => {
    event.preventDefault();
    const opened = await opening.run(() => api('/members/rounds', 'POST', {
      name: form.name, opensAt: instant(form.opensAt), closesAt: instant(form.closesAt), quota: form.quota ? Number(form.quota) : null,
    }));
    if (opened) {
      setForm(blank);
      onOpened();
    }
  };
  return (
    <form className="panel-box" onSubmit={open} noValidate aria-labelledby="open-round">
      <h3 id="open-round">Open a recruitment round</h3>
      <ProblemMessage problem={problem} />
      <Field label="Name" name="name" problem={problem} hint="e.g. “Spring 2027”">
        {(props) => <input {...props} value={form.name} onChange={set('name')} />}
      </Field>
      <div className="grid-2">
        <Field label="Opens" name="opensAt" problem={problem}>
          {(props) => <input {...props} type="datetime-local" value={form.opensAt} onChange={set('opensAt')} />}
        </Field>
        <Field label="Closes" name="closesAt" problem={problem}>
          {(props) => <input {...props} type="datetime-local" value={form.closesAt} onChange={set('closesAt')} />}
        </Field>
        <Field label="Quota" name="quota" problem={problem} hint="Nominations each organisation may make in the round.">
          {(props) => <input {...props} type="number" min={1} inputMode="numeric" value={form.quota} onChange={set('quota')} />}
        </Field>
      </div>
      <button type="submit" disabled={opening.busy}>Open round</button>
    </form>
  );
}

/** A date and time as the person entered it, where they are, as the instant the API takes. */
function instant(local: string): string | null {
  return local ? new Date(local).toISOString() : null;
}
