import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { Measure, Project } from '../../api/types';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { labelOf } from '../../format';
import { hasRole, useSession } from '../../session';
import { useAction } from '../../useAction';
import { useLoad } from '../../useLoad';

/** A project: its aim and team, following and joining, its measures with their charts, and a new measure for the team. */
export function ProjectDetail() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const project = useLoad(() => api<Project>(`/projects/projects/${id}`), [id]);
  const measures = useLoad(() => api<Measure[]>(`/projects/projects/${id}/measures`), [id]);
  const acting = useAction();
  const problem = acting.problem;
  const [message, setMessage] = useState('');
  if (project.loading && !project.data) {
    return <Loading what="the project" />;
  }
  if (!project.data) {
    return <section><h1>Project</h1><ProblemMessage problem={project.problem} /></section>;
  }
  const p = project.data;
  const act = (path: string, method: 'POST' | 'PUT' | 'DELETE', body?: unknown) => async (event?: FormEvent) => {
    event?.preventDefault();
    if (await acting.run(() => api(`/projects/projects/${p.id}${path}`, method, body))) {
      project.reload();
    }
  };
  const onTeam = p.yourAccess === 'team' || p.yourAccess === 'lead';
  return (
    <section>
      <p className="breadcrumbs"><Link to="/projects">Projects</Link></p>
      <div className="title-row">
        <h1>{p.title}</h1>
        <span className={`status status-${p.status}`}>{labelOf(p.status)}</span>
      </div>
      <p className="lead">{p.aim}</p>
      <p className="meta">Led by <Link to={`/members/${p.lead.id}`}>{p.lead.name}</Link>{p.organisation ? ` · ${p.organisation}` : ''} · {p.followers} following</p>
      {p.topics.length > 0 && <ul className="chips" aria-label="Topics">{p.topics.map((t) => <li key={t} className="chip">{t}</li>)}</ul>}
      <ProblemMessage problem={problem} />
      {hasRole(session, 'MEMBER') && !onTeam && (
        <div className="panel-box">
          <div className="inline">
            {p.following
              ? <button type="button" className="secondary" onClick={() => act('/follow', 'DELETE')()}>Stop following</button>
              : <button type="button" onClick={() => act('/follow', 'PUT')()}>Follow this project</button>}
            {p.following && <span className="meta">You will hear of signals in its data and the PDSA cycles it completes.</span>}
          </div>
          {p.askedToJoin ? <p className="notice">You asked to join the team; the lead will answer.</p> : (
            <form onSubmit={act('/join-requests', 'POST', { message })} noValidate className="join-form">
              <Field label="Ask to join the team" name="message" problem={problem} hint="Optional: what you would bring.">
                {(props) => <input {...props} value={message} onChange={(e) => setMessage(e.target.value)} />}
              </Field>
              <button type="submit" className="secondary">Ask to join</button>
            </form>
          )}
        </div>
      )}
      <h2>Team</h2>
      <ul className="chips">{p.team.map((m) => <li key={m.id} className="chip">{m.name} ({labelOf(m.role)})</li>)}</ul>
      {p.joinRequests.length > 0 && (
        <>
          <h2>Asking to join</h2>
          <ul className="list">
            {p.joinRequests.map((r) => (
              <li key={r.memberId} className="list-item">
                <div><p className="item-title">{r.name}</p>{r.message && <p>{r.message}</p>}</div>
                <div className="item-actions">
                  <button type="button" onClick={() => act(`/join-requests/${r.memberId}/accept`, 'POST')()}>Accept {r.name}</button>
                  <button type="button" className="secondary" onClick={() => act(`/join-requests/${r.memberId}/decline`, 'POST')()}>Decline</button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Measures</h2>
      <ProblemMessage problem={measures.problem} />
      {measures.data?.length === 0 && <p>No measures yet.</p>}
      <ul className="measure-grid">
        {measures.data?.map((m) => (
          <li key={m.id} className="card" data-testid="measure">
            <h3><Link to={`/projects/${p.id}/measures/${m.id}`}>{m.name}</Link></h3>
            <p className="meta">{labelOf(m.kind)} measure · {m.points} points · {m.chartType.toUpperCase()} chart</p>
            {m.points > 0 && (
              <img className="chart" alt={`${m.chartType} chart of ${m.name}`}
                src={`/api/projects/projects/${p.id}/measures/${m.id}/chart.svg?points=${m.points}`} />
            )}
          </li>
        ))}
      </ul>
      {onTeam && <NewMeasure projectId={p.id} onDefined={measures.reload} />}
    </section>
  );
}

function NewMeasure({ projectId, onDefined }: { projectId: string; onDefined: () => void }) {
  const blank = { name: '', definition: '', unit: '', kind: 'outcome', improvement: 'decrease', chartType: 'run', baselinePoints: '' };
  const [form, setForm] = useState(blank);
  const defining = useAction();
  const problem = defining.problem;
  const set = (name: keyof typeof blank) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const define = async (event: FormEvent) => {
    event.preventDefault();
    const defined = await defining.run(() => api(`/projects/projects/${projectId}/measures`, 'POST', {
      ...form, unit: form.unit || null, baselinePoints: form.baselinePoints ? Number(form.baselinePoints) : null,
    }));
    if (defined) {
      setForm(blank);
      onDefined();
    }
  };
  return (
    <form className="panel-box" onSubmit={define} noValidate aria-labelledby="new-measure">
      <h2 id="new-measure">Add a measure</h2>
      <ProblemMessage problem={problem} />
      <div className="grid-2">
        <Field label="Measure name" name="name" problem={problem}>
          {(props) => <input {...props} value={form.name} onChange={set('name')} />}
        </Field>
        <Field label="Unit" name="unit" problem={problem} hint="e.g. falls per 1,000 bed days">
          {(props) => <input {...props} value={form.unit} onChange={set('unit')} />}
        </Field>
        <Field label="Kind of measure" name="kind" problem={problem}>
          {(props) => (
            <select {...props} value={form.kind} onChange={set('kind')}>
              <option value="outcome">Outcome</option><option value="process">Process</option><option value="balancing">Balancing</option>
            </select>
          )}
        </Field>
        <Field label="Better is" name="improvement" problem={problem}>
          {(props) => (
            <select {...props} value={form.improvement} onChange={set('improvement')}>
              <option value="decrease">Lower</option><option value="increase">Higher</option>
            </select>
          )}
        </Field>
        <Field label="Chart" name="chartType" problem={problem}>
          {(props) => (
            <select {...props} value={form.chartType} onChange={set('chartType')}>
              <option value="run">Run chart</option><option value="xmr">XmR (SPC) chart</option><option value="p">P chart (proportions)</option>
            </select>
          )}
        </Field>
        <Field label="Baseline points" name="baselinePoints" problem={problem} hint="Points the centre line is fixed on; empty for all.">
          {(props) => <input {...props} type="number" min={1} inputMode="numeric" value={form.baselinePoints} onChange={set('baselinePoints')} />}
        </Field>
      </div>
      <Field label="Operational definition" name="definition" problem={problem} hint="Exactly what is counted, and how.">
        {(props) => <textarea {...props} rows={2} value={form.definition} onChange={set('definition')} />}
      </Field>
      <button type="submit">Add measure</button>
    </form>
  );
}
