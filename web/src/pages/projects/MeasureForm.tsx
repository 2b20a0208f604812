import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Measure } from '../../api/types';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useAction } from '../../useAction';

interface MeasureDraft {
  name: string;
  definition: string;
  unit: string;
  kind: string;
  improvement: string;
  chartType: string;
  baselinePoints: string;
  goal: string;
}

const BLANK: MeasureDraft = {
  name: '', definition: '', unit: '', kind: 'outcome', improvement: 'decrease', chartType: 'run', baselinePoints: '', goal: '',
};

interface MeasureFormProps {
  projectId: string;
  /** The measure to change; without it the form defines a new one. */
  measure?: Measure;
  onSaved: () => void;
}

/** A measure's definition: what is counted, how its chart reads it, and which way is better. */
export function MeasureForm({ projectId, measure, onSaved }: MeasureFormProps) {
  const initial = measure ? {
    name: measure.name, definition: measure.definition, unit: measure.unit ?? '', kind: measure.kind,
    improvement: measure.improvement, chartType: measure.chartType,
    baselinePoints: measure.baselinePoints ? String(measure.baselinePoints) : '', goal: measure.goal == null ? '' : String(measure.goal),
  } : BLANK;
  const [form, setForm] = useState(initial);
  const saving = useAction();
  const problem = saving.problem;
  const set = (name: keyof MeasureDraft) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      ...form,
      baselinePoints: form.baselinePoints ? Number(form.baselinePoints) : null,
      goal: form.goal ? Number(form.goal) : null,
    };
    const measures = `/projects/projects/${projectId}/measures`;
    const saved = await saving.run(() => (measure ? api(`${measures}/${measure.id}`, 'PATCH', body) : api(measures, 'POST', body)));
    if (saved) {
      if (!measure) {
        setForm(BLANK);
      }
      onSaved();
    }
  };
  const heading = measure ? 'Change this measure' : 'Add a measure';
  const headingId = measure ? 'change-measure' : 'new-measure';
  return (
    <form className="panel-box" onSubmit={save} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
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
        <Field label="Baseline points" name="baselinePoints" problem={problem}
          hint={measure ? 'Points the centre line is fixed on.' : 'Points the centre line is fixed on; empty for all.'}>
          {(props) => <input {...props} type="number" min={1} inputMode="numeric" value={form.baselinePoints} onChange={set('baselinePoints')} />}
        </Field>
        <Field label="Goal" name="goal" problem={problem} hint="Optional: the value you aim for, drawn on the chart.">
          {(props) => <input {...props} type="number" step="any" value={form.goal} onChange={set('goal')} />}
        </Field>
      </div>
      <Field label="Operational definition" name="definition" problem={problem} hint="Exactly what is counted, and how.">
        {(props) => <textarea {...props} rows={2} value={form.definition} onChange={set('definition')} />}
      </Field>
      <button type="submit" disabled={saving.busy}>{measure ? 'Save measure' : 'Add measure'}</button>
    </form>
  );
}
