import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, query } from '../../api/client';
import type { ProjectPage } from '../../api/types';
import { Loading } from '../../components/Loading';
import { Pages } from '../../components/Pages';
import { ProblemMessage } from '../../components/ProblemMessage';
import { labelOf } from '../../format';
import { hasRole, useSession } from '../../session';
import { useLoad } from '../../useLoad';
import { useQueryState } from '../../useQueryState';

export const PROJECT_STATUSES = ['idea', 'active', 'sustaining', 'completed', 'archived'];
const PAGE_SIZE = 20;

/** Improvement projects members share, searchable by text, topic and status. */
export function Projects() {
  const { session } = useSession();
  const [params, change] = useQueryState();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const mine = params.get('mine') === 'true';
  const page = Number(params.get('page') ?? '0');
  const found = useLoad(() => api<ProjectPage>(`/projects/projects${query({
    q, status, member: mine ? session.id : undefined, page, size: PAGE_SIZE,
  })}`), [params.toString()]);
  const [text, setText] = useState(q);
  const set = (name: string, value: string | null) => change({ [name]: value });
  const search = (event: FormEvent) => {
    event.preventDefault();
    set('q', text.trim() || null);
  };
  return (
    <section>
      <div className="title-row">
        <h1>Improvement projects</h1>
        {hasRole(session, 'MEMBER') && <Link className="button" to="/projects/new">Share a project</Link>}
      </div>
      <form role="search" className="filters" onSubmit={search}>
        <div className="field">
          <label htmlFor="projects-q">Search projects</label>
          <input id="projects-q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="Title, aim or topic" />
        </div>
        <div className="field">
          <label htmlFor="projects-status">Status</label>
          <select id="projects-status" value={status} onChange={(e) => set('status', e.target.value || null)}>
            <option value="">Any status</option>
            {PROJECT_STATUSES.map((code) => <option key={code} value={code}>{labelOf(code)}</option>)}
          </select>
        </div>
        <div className="field field-action"><button type="submit">Search</button></div>
      </form>
      {hasRole(session, 'MEMBER') && (
        <label className="check">
          <input type="checkbox" checked={mine} onChange={(e) => set('mine', e.target.checked ? 'true' : null)} /> Only projects I am part of
        </label>
      )}
      <ProblemMessage problem={found.problem} />
      {found.loading && !found.data && <Loading what="projects" />}
      {found.data && (
        <>
          {found.data.items.length === 0 && <p>No projects match.</p>}
          <ul className="list">
            {found.data.items.map((project) => (
              <li key={project.id} className="list-item" data-testid="project">
                <div>
                  <p className="item-title"><Link to={`/projects/${project.id}`}>{project.title}</Link></p>
                  <p className="meta">Led by {project.lead.name}{project.organisation ? ` · ${project.organisation}` : ''} · {project.followers} following</p>
                  <p>{project.aim}</p>
                </div>
                <span className={`status status-${project.status}`}>{labelOf(project.status)}</span>
              </li>
            ))}
          </ul>
          <Pages page={page} size={PAGE_SIZE} total={found.data.total} onPage={(p) => set('page', p ? String(p) : null)} />
        </>
      )}
    </section>
  );
}
