import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import type { Measure, PdsaCycle } from '../../api/types';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { today } from '../../format';
import { useAction } from '../../useAction';
import { useLoad } from '../../useLoad';

/** Plan a PDSA cycle: one change to test, what the team predicts, and the measures that should show it. */
export function CycleForm() {
  const { projectId = '' } = useParams();
  const navigate = useNavigate();
  const measures = useLoad(() => api<Measure[]>(`/projects/projects/${projectId}/measures`), [projectId]);
  const [form, setForm] = useState({ title: '', change: '', prediction: '', startsOn: today() });
  const [linked, setLinked] = useState<string[]>([]);
  const planning = useAction();
  const problem = planning.problem;
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const toggle = (measureId: string) => setLinked(linked.includes(measureId)
    ? linked.filter((id) => id !== measureId) : [...linked, measureId]);
  const plan = async (event: FormEvent) => {
    event.preventDefault();
    await planning.run(async () => {
      const cycle = await api<PdsaCycle>(`/projects/projects/${projectId}/cycles`, 'POST', {
        ...form, startsOn: form.startsOn || null, measureIds: linked,
      });
      navigate(`/projects/${projectId}/cycles/${cycle.id}`);
    });
  };
  return (
    <section>
      <p className="breadcrumbs"><Link to={`/projects/${projectId}`}>Back to the project</Link></p>
      <h1>Plan a PDSA cycle</h1>
      <p className="lead">A small test of one change. Say what you will try and what you expect to see; do, study and act are recorded as the test runs.</p>
      <form className="panel-box" onSubmit={plan} noValidate aria-label="Plan a PDSA cycle">
        <ProblemMessage problem={problem} />
        <Field label="Title" name="title" problem={problem} hint="A short name for the test, e.g. “Ward 7 huddle at 8am”.">
          {(props) => <input {...props} value={form.title} onChange={set('title')} />}
        </Field>
        <Field label="The change we will test" name="change" problem={problem} hint="Who does what, where, for how long.">
          {(props) => <textarea {...props} rows={3} value={form.change} onChange={set('change')} />}
        </Field>
        <Field label="What we predict will happen" name="prediction" problem={problem}>
          {(props) => <textarea {...props} rows={3} value={form.prediction} onChange={set('prediction')} />}
        </Field>
        <Field label="Starts on" name="startsOn" problem={problem}>
          {(props) => <input {...props} type="date" value={form.startsOn} onChange={set('startsOn')} />}
        </Field>
        <fieldset className="field">
          <legend>Measures that should show the change</legend>
          <p className="hint">The cycle is drawn on these measures’ charts; with none chosen it is drawn on all of them.</p>
          <ProblemMessage problem={measures.problem} />
          {measures.data?.length === 0 && <p>This project has no measures yet.</p>}
          {measures.data?.map((measure) => (
            <label key={measure.id} className="check">
              <input type="checkbox" checked={linked.includes(measure.id)} onChange={() => toggle(measure.id)} />
              {measure.name}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={planning.busy}>Plan this cycle</button>
      </form>
    </section>
  );
}
