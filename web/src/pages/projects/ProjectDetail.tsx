import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { isOnTeam, type Measure, type Project } from '../../api/types';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { labelOf } from '../../format';
import { hasRole, useSession } from '../../session';
import { useAction } from '../../useAction';
import { useLoad } from '../../useLoad';
import { Cycles } from './Cycles';
import { MeasureForm } from './MeasureForm';
import { Team } from './Team';

/** A project: its aim, team and PDSA cycles, following and joining, its measures with their charts, and a new measure for the team. */
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
  const onTeam = isOnTeam(p);
  return (
    <section>
      <p className="breadcrumbs"><Link to="/projects">Projects</Link></p>
      <div className="title-row">
        <h1>{p.title}</h1>
        <span className={`status status-${p.status}`}>{labelOf(p.status)}</span>
        {onTeam && <Link className="secondary-link" to={`/projects/${p.id}/edit`}>Change the description</Link>}
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
      <Team project={p} viewerId={session.id} onChanged={project.reload} />
      <Cycles projectId={p.id} onTeam={onTeam} />
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
      {onTeam && <MeasureForm projectId={p.id} onSaved={measures.reload} />}
    </section>
  );
}
