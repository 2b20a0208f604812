import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { isOnTeam, type CycleStage, type Measure, type PdsaCycle, type Project } from '../../api/types';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { formatDate, labelOf, today } from '../../format';
import { useAction } from '../../useAction';
import { useLoad } from '../../useLoad';
import { CYCLE_STATUS } from './Cycles';

const STAGES: Record<CycleStage, { name: string; question: string }> = {
  do: { name: 'Do', question: 'What happened when you tried the change? Anything unexpected?' },
  study: { name: 'Study', question: 'What did the data show, against the prediction?' },
  act: { name: 'Act', question: 'What will you do next, and why?' },
};

const DECISIONS = {
  adopt: 'Adopt: make the change part of how we work',
  adapt: 'Adapt: change it and test again',
  abandon: 'Abandon: stop testing this change',
};

/** A PDSA cycle: its plan, each stage as recorded, and for the team the form for the next stage. */
export function CyclePage() {
  const { projectId = '', cycleId = '' } = useParams();
  const cycle = useLoad(() => api<PdsaCycle>(`/projects/projects/${projectId}/cycles/${cycleId}`), [projectId, cycleId]);
  const project = useLoad(() => api<Project>(`/projects/projects/${projectId}`), [projectId]);
  const measures = useLoad(() => api<Measure[]>(`/projects/projects/${projectId}/measures`), [projectId]);
  if (cycle.loading && !cycle.data) {
    return <Loading what="the PDSA cycle" />;
  }
  if (!cycle.data) {
    return <section><h1>PDSA cycle</h1><ProblemMessage problem={cycle.problem} /></section>;
  }
  const c = cycle.data;
  const onTeam = isOnTeam(project.data);
  const linked = measures.data?.filter((measure) => c.measureIds.includes(measure.id)) ?? [];
  return (
    <section>
      <p className="breadcrumbs"><Link to={`/projects/${projectId}`}>{project.data?.title ?? 'Back to the project'}</Link></p>
      <div className="title-row">
        <h1>{c.title}</h1>
        <span className={`status status-${c.status}`}>{CYCLE_STATUS[c.status]}</span>
      </div>
      <p className="meta">PDSA cycle starting {formatDate(c.startsOn)}</p>
      <ol className="stages">
        <li className="stage">
          <h2>Plan</h2>
          <h3>The change</h3>
          <p className="description">{c.change}</p>
          <h3>Prediction</h3>
          <p className="description">{c.prediction}</p>
          <h3>Measures</h3>
          {c.measureIds.length === 0
            ? <p>Project-wide: drawn on every measure’s chart.</p>
            : (
              <ul className="plain">
                {linked.map((measure) => (
                  <li key={measure.id}><Link to={`/projects/${projectId}/measures/${measure.id}`}>{measure.name}</Link></li>
                ))}
              </ul>
            )}
        </li>
        <RecordedStage stage="do" record={c.done} />
        <RecordedStage stage="study" record={c.studied} />
        <RecordedStage stage="act" record={c.acted} decision={c.decision} />
      </ol>
      {onTeam && c.nextStage && (
        <StageForm key={c.nextStage} base={`/projects/projects/${projectId}/cycles/${cycleId}`} stage={c.nextStage}
          earliest={c.studied?.on ?? c.done?.on ?? c.startsOn} onRecorded={cycle.reload} />
      )}
      {onTeam && c.decision === 'adapt' && (
        <p><Link className="button" to={`/projects/${projectId}/cycles/new`}>Plan the next cycle</Link></p>
      )}
    </section>
  );
}

function RecordedStage({ stage, record, decision }: { stage: CycleStage; record?: { on: string; notes?: string }; decision?: string }) {
  return (
    <li className={record ? 'stage' : 'stage stage-pending'}>
      <h2>{STAGES[stage].name}</h2>
      {record ? (
        <>
          <p className="meta">Recorded for {formatDate(record.on)}</p>
          {decision && <p><strong>Decision:</strong> {labelOf(decision)}</p>}
          {record.notes ? <p className="description">{record.notes}</p> : <p className="meta">No notes.</p>}
        </>
      ) : <p className="meta">Not recorded yet.</p>}
    </li>
  );
}

function StageForm({ base, stage, earliest, onRecorded }: { base: string; stage: CycleStage; earliest: string; onRecorded: () => void }) {
  const latest = today();
  const [on, setOn] = useState(latest < earliest ? earliest : latest);
  const [notes, setNotes] = useState('');
  const [decision, setDecision] = useState<string>();
  const recording = useAction();
  const problem = recording.problem;
  const record = async (event: FormEvent) => {
    event.preventDefault();
    if (await recording.run(() => api(`${base}/${stage}`, 'POST', { on: on || null, notes, decision }))) {
      onRecorded();
    }
  };
  const decisionError = problem?.forField('decision');
  return (
    <form className="panel-box" onSubmit={record} noValidate aria-labelledby="record-stage">
      <h2 id="record-stage">Record {STAGES[stage].name.toLowerCase()}</h2>
      <ProblemMessage problem={problem} />
      <Field label="Date" name="on" problem={problem} hint={`On or after ${formatDate(earliest)}.`}>
        {(props) => <input {...props} type="date" min={earliest} value={on} onChange={(e) => setOn(e.target.value)} />}
      </Field>
      <Field label="Notes" name="notes" problem={problem} hint={STAGES[stage].question}>
        {(props) => <textarea {...props} rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
      {stage === 'act' && (
        <fieldset className={decisionError ? 'field field-invalid' : 'field'} aria-describedby={decisionError ? 'decision-error' : undefined}>
          <legend>Decision</legend>
          {decisionError && <p className="field-error" id="decision-error">{decisionError}</p>}
          {Object.entries(DECISIONS).map(([code, label]) => (
            <label key={code} className="check">
              <input type="radio" name="decision" value={code} checked={decision === code} onChange={() => setDecision(code)} />
              {label}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" disabled={recording.busy}>Record {STAGES[stage].name.toLowerCase()}</button>
    </form>
  );
}
