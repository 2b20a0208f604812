import { useState, type FormEvent } from 'react';
import { api, query } from '../api/client';
import type { Nomination, Quota, ReferenceLists, Round } from '../api/types';
import { Field } from '../components/Field';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { TopicInput } from '../components/TopicInput';
import { formatDate, formatDateTime, labelOf } from '../format';
import { referenceLists } from '../reference';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';

/** A nominator's page: the open round, their organisation's quota left, a nomination form and their nominations. */
export function Nominations() {
  const rounds = useLoad(() => api<Round[]>('/members/rounds'), []);
  const reference = useLoad(referenceLists, []);
  const open = rounds.data?.filter((round) => round.status === 'open') ?? [];
  const [chosen, setChosen] = useState<string>();
  const roundId = chosen ?? open[0]?.id;
  const quota = useLoad(() => (roundId ? api<Quota>(`/members/rounds/${roundId}/quota`) : Promise.resolve(undefined)), [roundId]);
  const nominations = useLoad(() => api<Nomination[]>(`/members/nominations${query({ round: roundId, size: 100 })}`), [roundId]);
  const changed = () => {
    quota.reload();
    nominations.reload();
  };

  if (rounds.loading || reference.loading) {
    return <Loading what="recruitment rounds" />;
  }
  return (
    <section>
      <h1>Nominations</h1>
      <ProblemMessage problem={rounds.problem ?? reference.problem} />
      {open.length === 0 ? (
        <p className="notice">No recruitment round is taking nominations just now.</p>
      ) : (
        <>
          {open.length > 1 && (
            <Field label="Recruitment round" name="round">
              {(props) => (
                <select {...props} value={roundId} onChange={(event) => setChosen(event.target.value)}>
                  {open.map((round) => <option key={round.id} value={round.id}>{round.name}</option>)}
                </select>
              )}
            </Field>
          )}
          {open.filter((round) => round.id === roundId).map((round) => (
            <p key={round.id} className="lead">
              <strong>{round.name}</strong> is open until {formatDateTime(round.closesAt)}.{' '}
              {quota.data && (
                <span data-testid="quota-left">
                  Your organisation has {quota.data.left} of {quota.data.quota} nominations left.
                </span>
              )}
            </p>
          ))}
          {roundId && reference.data && quota.data && quota.data.left > 0 && (
            <NominationForm roundId={roundId} reference={reference.data} onSubmitted={changed} />
          )}
        </>
      )}
      <h2>Your organisation's nominations</h2>
      <ProblemMessage problem={nominations.problem} />
      {nominations.data && nominations.data.length === 0 && <p>None yet in this round.</p>}
      <ul className="list">
        {nominations.data?.map((nomination) => (
          <NominationItem key={nomination.id} nomination={nomination} onChanged={changed} />
        ))}
      </ul>
    </section>
  );
}

const EMPTY = { name: '', email: '', profession: '', region: '', statement: '' };

function NominationForm({ roundId, reference, onSubmitted }: { roundId: string; reference: ReferenceLists; onSubmitted: () => void }) {
  const [form, setForm] = useState(EMPTY);
  const [topics, setTopics] = useState<string[]>([]);
  const submitting = useAction();
  const { problem, busy } = submitting;
  const [sent, setSent] = useState<string>();
  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setForm({ ...form, [name]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(undefined);
    await submitting.run(async () => {
      const nomination = await api<Nomination>('/members/nominations', 'POST', {
        roundId,
        candidate: { name: form.name, email: form.email, profession: form.profession, region: form.region, topics },
        statement: form.statement,
      });
      setForm(EMPTY);
      setTopics([]);
      setSent(`${nomination.candidate.name} is nominated. The panel will decide, and you will hear the outcome.`);
      onSubmitted();
    });
  };

  return (
    <form className="panel-box" onSubmit={submit} noValidate aria-labelledby="nominate-heading">
      <h2 id="nominate-heading">Nominate a candidate</h2>
      {sent && <p className="success" role="status">{sent}</p>}
      <ProblemMessage problem={problem} />
      <div className="grid-2">
        <Field label="Full name" name="candidate.name" problem={problem}>
          {(props) => <input {...props} autoComplete="off" value={form.name} onChange={set('name')} required />}
        </Field>
        <Field label="Email address" name="candidate.email" problem={problem}>
          {(props) => <input {...props} type="email" autoComplete="off" value={form.email} onChange={set('email')} required />}
        </Field>
        <Field label="Profession" name="candidate.profession" problem={problem}>
          {(props) => (
            <select {...props} value={form.profession} onChange={set('profession')} required>
              <option value="">Choose…</option>
              {reference.professions.map((code) => <option key={code} value={code}>{labelOf(code)}</option>)}
            </select>
          )}
        </Field>
        <Field label="Region" name="candidate.region" problem={problem}>
          {(props) => (
            <select {...props} value={form.region} onChange={set('region')} required>
              <option value="">Choose…</option>
              {reference.regions.map((region) => <option key={region} value={region}>{region}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field label="Improvement topics" name="candidate.topics" problem={problem}
        hint={`What they work on; up to ${reference.maxTopics}. Press Enter after each.`}>
        {(props) => <TopicInput {...props} value={topics} onChange={setTopics} max={reference.maxTopics} />}
      </Field>
      <Field label="Supporting statement" name="statement" problem={problem}
        hint="Why this person would give to and gain from the community.">
        {(props) => <textarea {...props} rows={5} value={form.statement} onChange={set('statement')} required />}
      </Field>
      <button type="submit" disabled={busy}>{busy ? 'Submitting…' : 'Submit nomination'}</button>
    </form>
  );
}

function NominationItem({ nomination, onChanged }: { nomination: Nomination; onChanged: () => void }) {
  const withdrawing = useAction();
  const withdraw = async () => {
    if (window.confirm(`Withdraw the nomination of ${nomination.candidate.name}?`)
        && await withdrawing.run(() => api(`/members/nominations/${nomination.id}/withdraw`, 'POST'))) {
      onChanged();
    }
  };
  return (
    <li className="list-item" data-testid="nomination">
      <div>
        <p className="item-title">{nomination.candidate.name}</p>
        <p className="meta">
          {labelOf(nomination.candidate.profession)} · {nomination.candidate.region} · submitted {formatDate(nomination.submittedAt)}
        </p>
        {nomination.decision && <p className="meta">Panel: {nomination.decision.reason}</p>}
        <ProblemMessage problem={withdrawing.problem} />
      </div>
      <div className="item-actions">
        <span className={`status status-${nomination.status}`}>{labelOf(nomination.status)}</span>
        {nomination.status === 'submitted' && (
          <button type="button" className="secondary" onClick={withdraw}>Withdraw</button>
        )}
      </div>
    </li>
  );
}
