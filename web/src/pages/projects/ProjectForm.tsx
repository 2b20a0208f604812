import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { Project } from '../../api/types';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { TopicInput } from '../../components/TopicInput';
import { labelOf } from '../../format';
import { useAction } from '../../useAction';
import { PROJECT_STATUSES } from './Projects';

/** Share a new improvement project; the member who shares it leads it. */
export function ProjectForm() {
  const navigate = useNavigate();
  const [form, setForm] = useState({ title: '', aim: '', organisation: '', visibility: 'members', status: 'active' });
  const [topics, setTopics] = useState<string[]>([]);
  const sharing = useAction();
  const problem = sharing.problem;
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const share = async (event: FormEvent) => {
    event.preventDefault();
    await sharing.run(async () => {
      const project = await api<Project>('/projects/projects', 'POST', { ...form, organisation: form.organisation || null, topics });
      navigate(`/projects/${project.id}`);
    });
  };
  return (
    <section>
      <h1>Share a project</h1>
      <form className="panel-box" onSubmit={share} noValidate aria-label="Share a project">
        <ProblemMessage problem={problem} />
        <Field label="Title" name="title" problem={problem}>
          {(props) => <input {...props} value={form.title} onChange={set('title')} />}
        </Field>
        <Field label="Aim" name="aim" problem={problem} hint="What will improve, by how much, by when.">
          {(props) => <textarea {...props} rows={3} value={form.aim} onChange={set('aim')} />}
        </Field>
        <Field label="Topics" name="topics" problem={problem} hint="Press Enter after each.">
          {(props) => <TopicInput {...props} value={topics} onChange={setTopics} max={20} />}
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
          <Field label="Stage" name="status" problem={problem}>
            {(props) => (
              <select {...props} value={form.status} onChange={set('status')}>
                {PROJECT_STATUSES.slice(0, 3).map((code) => <option key={code} value={code}>{labelOf(code)}</option>)}
              </select>
            )}
          </Field>
        </div>
        <button type="submit" disabled={sharing.busy}>Share project</button>
      </form>
    </section>
  );
}
