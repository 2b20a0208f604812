import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, type Problem } from '../../api/client';
import type { Project } from '../../api/types';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { TopicInput } from '../../components/TopicInput';
import { labelOf } from '../../format';
import { useAction } from '../../useAction';
import { useLoad } from '../../useLoad';
import { PROJECT_STATUSES } from './Projects';

interface Draft {
  title: string;
  aim: string;
  organisation: string;
  visibility: string;
  status: string;
  topics: string[];
}

const BLANK: Draft = { title: '', aim: '', organisation: '', visibility: 'members', status: 'active', topics: [] };

/** Share a new improvement project (the member who shares it leads it), or describe one again as its team. */
export function ProjectForm() {
  const { id } = useParams();
  const existing = useLoad(() => (id ? api<Project>(`/projects/projects/${id}`) : Promise.resolve(undefined)), [id]);
  if (id && existing.loading) {
    return <Loading what="the project" />;
  }
  const p = existing.data;
  const initial: Draft = p ? {
    title: p.title, aim: p.aim, organisation: p.organisation ?? '', visibility: p.visibility, status: p.status, topics: p.topics,
  } : BLANK;
  return <ProjectEditor key={id ?? 'new'} id={id} initial={initial} loadProblem={existing.problem} />;
}

function ProjectEditor({ id, initial, loadProblem }: { id?: string; initial: Draft; loadProblem?: Problem }) {
  const navigate = useNavigate();
  const [form, setForm] = useState(initial);
  const saving = useAction();
  const problem = saving.problem ?? loadProblem;
  const set = (name: keyof Draft) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const described = { title: form.title, aim: form.aim, topics: form.topics, organisation: form.organisation, visibility: form.visibility };
    await saving.run(async () => {
      const project = id
        ? await api<Project>(`/projects/projects/${id}`, 'PATCH', described)
        : await api<Project>('/projects/projects', 'POST', { ...described, organisation: form.organisation || null, status: form.status });
      navigate(`/projects/${project.id}`);
    });
  };
  const heading = id ? 'Change the project' : 'Share a project';
  return (
    <section>
      {id && <p className="breadcrumbs"><Link to={`/projects/${id}`}>Back to the project</Link></p>}
      <h1>{heading}</h1>
      <form className="panel-box" onSubmit={save} noValidate aria-label={heading}>
        <ProblemMessage problem={problem} />
        <Field label="Title" name="title" problem={problem}>
          {(props) => <input {...props} value={form.title} onChange={set('title')} />}
        </Field>
        <Field label="Aim" name="aim" problem={problem} hint="What will improve, by how much, by when.">
          {(props) => <textarea {...props} rows={3} value={form.aim} onChange={set('aim')} />}
        </Field>
        <Field label="Topics" name="topics" problem={problem} hint="Press Enter after each.">
          {(props) => <TopicInput {...props} value={form.topics} onChange={(topics) => setForm({ ...form, topics })} max={20} />}
        </Field>
        <div className="grid-2">
          <Field label="Organisation" name="organisation" problem={problem}>
            {(props) => <input {...props} value={form.organisation} onChange={set('organisation')} />}
          </Field>
          <Field label="Who can see it" name="visibility" problem={problem}>
            {(props) => (
              <select {...props} value={form.visibility} onChange={set('visibility')}>
                <option value="public">Everyone</option>
                <option value="members">qnet members</option>
                <option value="team">Only the team</option>
              </select>
            )}
          </Field>
          {!id && (
            <Field label="Stage" name="status" problem={problem}>
              {(props) => (
                <select {...props} value={form.status} onChange={set('status')}>
                  {PROJECT_STATUSES.slice(0, 3).map((code) => <option key={code} value={code}>{labelOf(code)}</option>)}
                </select>
              )}
            </Field>
          )}
        </div>
        <button type="submit" disabled={saving.busy}>{id ? 'Save changes' : 'Share project'}</button>
      </form>
    </section>
  );
}
