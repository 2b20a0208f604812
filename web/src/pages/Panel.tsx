import { useState, type FormEvent } from 'react';
import { api, query } from '../api/client';
import type { Nomination, Organisation, Round } from '../api/types';
import { Field } from '../components/Field';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { formatDate, labelOf } from '../format';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';

/** The selection panel's page: a round's nominations waiting for a decision, each admitted or declined with a reason. */
export function Panel() {
  const rounds = useLoad(() => api<Round[]>('/members/rounds'), []);
  const organisations = useLoad(() => api<Organisation[]>('/members/organisations'), []);
  const organisationName = (id: string) => organisations.data?.find((organisation) => organisation.id === id)?.name ?? id;
  const [chosen, setChosen] = useState<string>();
  const roundId = chosen ?? rounds.data?.find((round) => round.status !== 'upcoming')?.id;
  const [status, setStatus] = useState('submitted');
  const nominations = useLoad(
    () => (roundId ? api<Nomination[]>(`/members/nominations${query({ round: roundId, status, size: 100 })}`) : Promise.resolve([])),
    [roundId, status],
  );
  if (rounds.loading) {
    return <Loading what="recruitment rounds" />;
  }
  return (
    <section>
      <h1>Panel review</h1>
      <ProblemMessage problem={rounds.problem} />
      <div className="filters">
        <Field label="Recruitment round" name="round">
          {(props) => (
            <select {...props} value={roundId ?? ''} onChange={(event) => setChosen(event.target.value)}>
              {rounds.data?.map((round) => (
                <option key={round.id} value={round.id}>{round.name} ({round.status})</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Show" name="status">
          {(props) => (
            <select {...props} value={status} onChange={(event) => setStatus(event.target.value)}>
              <option value="submitted">Waiting for a decision</option>
              <option value="admitted">Admitted</option>
              <option value="declined">Declined</option>
              <option value="withdrawn">Withdrawn</option>
            </select>
          )}
        </Field>
      </div>
      <ProblemMessage problem={nominations.problem} />
      {nominations.data?.length === 0 && <p>No nominations here.</p>}
      <ul className="list">
        {nominations.data?.map((nomination) => (
          <PanelItem key={nomination.id} nomination={nomination} organisation={organisationName(nomination.organisationId)}
            onDecided={nominations.reload} />
        ))}
      </ul>
    </section>
  );
}

function PanelItem({ nomination, organisation, onDecided }: { nomination: Nomination; organisation: string; onDecided: () => void }) {
  const [reason, setReason] = useState('');
  const deciding = useAction();
  const { problem, busy } = deciding;
  const decide = (outcome: 'admit' | 'decline') => async (event?: FormEvent) => {
    event?.preventDefault();
    if (await deciding.run(() => api(`/members/nominations/${nomination.id}/decision`, 'POST', { outcome, reason }))) {
      onDecided();
    }
  };
  const candidate = nomination.candidate;
  return (
    <li className="list-item stacked" data-testid="panel-nomination">
      <h2 className="item-title">{candidate.name}</h2>
      <p className="meta">
        {labelOf(candidate.profession)} · {candidate.region} · nominated by {organisation} on {formatDate(nomination.submittedAt)}
      </p>
      {candidate.topics.length > 0 && (
        <ul className="chips" aria-label="Topics">{candidate.topics.map((topic) => <li key={topic} className="chip">{topic}</li>)}</ul>
      )}
      <blockquote>{nomination.statement}</blockquote>
      {nomination.decision && (
        <p><span className={`status status-${nomination.status}`}>{labelOf(nomination.status)}</span> {nomination.decision.reason}</p>
      )}
      {nomination.status === 'submitted' && (
        <form onSubmit={decide('admit')} noValidate>
          <ProblemMessage problem={problem} />
          <Field label={`Reason for your decision on ${candidate.name}`} name="reason" problem={problem}
            hint="The nominator sees it.">
            {(props) => <textarea {...props} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />}
          </Field>
          <div className="inline">
            <button type="submit" disabled={busy}>Admit</button>
            <button type="button" className="danger" disabled={busy} onClick={() => decide('decline')()}>Decline</button>
          </div>
        </form>
      )}
    </li>
  );
}
