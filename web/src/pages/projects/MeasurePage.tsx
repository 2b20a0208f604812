import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, Problem } from '../../api/client';
import { isOnTeam, type Analysis, type Measure, type Project } from '../../api/types';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { formatDate, labelOf } from '../../format';
import { useAction } from '../../useAction';
import { useLoad } from '../../useLoad';
import { MeasureForm } from './MeasureForm';

/** A measure's chart with the signals the rules found and the PDSA cycles over it; for the team, data entry (one period, or pasted columns), removal and the measure's definition. */
export function MeasurePage() {
  const { projectId = '', measureId = '' } = useParams();
  const base = `/projects/projects/${projectId}/measures/${measureId}`;
  const measure = useLoad(() => api<Measure>(base), [base]);
  const project = useLoad(() => api<Project>(`/projects/projects/${projectId}`), [projectId]);
  // Counts the team's changes here, so that the analysis and the chart image are fetched again after each.
  const [revision, setRevision] = useState(0);
  const analysis = useLoad(() => api<Analysis>(`${base}/analysis`), [base, revision]);
  const changed = () => {
    setRevision((n) => n + 1);
    measure.reload();
  };
  if (measure.loading && !measure.data) {
    return <Loading what="the measure" />;
  }
  if (!measure.data) {
    return <section><h1>Measure</h1><ProblemMessage problem={measure.problem} /></section>;
  }
  const m = measure.data;
  const onTeam = isOnTeam(project.data);
  const cycles = analysis.data?.cycles ?? [];
  return (
    <section>
      <p className="breadcrumbs"><Link to={`/projects/${projectId}`}>{project.data?.title ?? 'Back to the project'}</Link></p>
      <h1>{m.name}</h1>
      <p className="lead">{m.definition}</p>
      <p className="meta">
        {labelOf(m.kind)} measure{m.unit ? ` in ${m.unit}` : ''} · {m.improvement === 'decrease' ? 'lower' : 'higher'} is better · {m.chartType.toUpperCase()} chart{m.goal != null ? ` · goal ${m.goal}` : ''}
      </p>
      {m.points > 0 && (
        <figure className="chart-figure">
          <img className="chart" src={`/api${base}/chart.svg?revision=${revision}`}
            alt={`${m.chartType} chart of ${m.name}, ${m.points} points${analysis.data?.signals.length ? `, ${analysis.data.signals.length} signals` : ''}`} />
        </figure>
      )}
      <h2>Signals</h2>
      <ProblemMessage problem={analysis.problem} />
      {analysis.data && analysis.data.signals.length === 0 && <p>No signal yet: the data show common-cause variation only.</p>}
      <ul className="list" data-testid="signals">
        {analysis.data?.signals.map((s) => (
          <li key={s.id} className="list-item">
            <div>
              <p className="item-title">{labelOf(s.rule)} ({s.direction})</p>
              <p className="meta">{formatDate(s.firstPeriod)} to {formatDate(s.lastPeriod)}, {s.periods.length} points</p>
            </div>
          </li>
        ))}
      </ul>
      {cycles.length > 0 && (
        <>
          <h2>PDSA cycles on this chart</h2>
          <ul className="list" data-testid="chart-cycles">
            {cycles.map((c) => (
              <li key={c.id} className="list-item">
                <div>
                  <p className="item-title"><Link to={`/projects/${projectId}/cycles/${c.id}`}>{c.title}</Link></p>
                  <p className="meta">{formatDate(c.startsOn)} to {formatDate(c.endsOn)}{c.decision ? ` · ${labelOf(c.decision)}` : c.completed ? '' : ' · running'}</p>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {onTeam && <DataEntry base={base} proportion={m.chartType === 'p'} onRecorded={changed} />}
      {analysis.data && analysis.data.points.length > 0 && (
        <DataTable base={base} points={analysis.data.points} removable={onTeam} onRemoved={changed} />
      )}
      {onTeam && <MeasureForm projectId={projectId} measure={m} onSaved={changed} />}
    </section>
  );
}

function DataTable({ base, points, removable, onRemoved }: {
  base: string; points: Analysis['points']; removable: boolean; onRemoved: () => void;
}) {
  const removing = useAction();
  const remove = (period: string) => async () => {
    if (window.confirm(`Remove the value for ${formatDate(period)}?`)
      && await removing.run(() => api(`${base}/data/${period}`, 'DELETE'))) {
      onRemoved();
    }
  };
  return (
    <details className="panel-box">
      <summary>The data ({points.length} points)</summary>
      <ProblemMessage problem={removing.problem} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Scrollable table">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Period</th><th scope="col">Value</th><th scope="col">Signals</th>
              {removable && <th scope="col"><span className="visually-hidden">Remove</span></th>}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.period}>
                <td>{p.period}</td>
                <td>{p.denominator ? `${p.numerator}/${p.denominator}` : p.value}</td>
                <td>{p.signals.map(labelOf).join(', ')}</td>
                {removable && (
                  <td>
                    <button type="button" className="link-button" disabled={removing.busy} onClick={remove(p.period)}>
                      Remove<span className="visually-hidden"> {p.period}</span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function DataEntry({ base, proportion, onRecorded }: { base: string; proportion: boolean; onRecorded: () => void }) {
  const [period, setPeriod] = useState('');
  const [value, setValue] = useState('');
  const [pasted, setPasted] = useState('');
  const recording = useAction();
  const { problem, setProblem } = recording;
  const [done, setDone] = useState<string>();
  const record = async (points: unknown[], what: string) => {
    const recorded = await recording.run(() => api(`${base}/data`, 'PUT', { points }));
    setDone(recorded ? what : undefined);
    if (recorded) {
      onRecorded();
    }
    return recorded;
  };
  const one = async (event: FormEvent) => {
    event.preventDefault();
    if (await record([point(period, value, proportion)], `Recorded ${period}.`)) {
      setValue('');
    }
  };
  const many = async (event: FormEvent) => {
    event.preventDefault();
    const rows = pasted.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map((line) => line.split(/[\t,;]+/));
    const bad = rows.findIndex((cells) => cells.length < 2 || !/^\d{4}-\d{2}-\d{2}$/.test(cells[0]!.trim()));
    if (bad >= 0) {
      setProblem(new Problem(400, 'Invalid request', `Line ${bad + 1} is not a date (YYYY-MM-DD) and a value.`));
      return;
    }
    if (await record(rows.map((cells) => point(cells[0]!, cells.slice(1).join(','), proportion)), `Recorded ${rows.length} periods.`)) {
      setPasted('');
    }
  };
  return (
    <section className="panel-box" aria-labelledby="data-entry">
      <h2 id="data-entry">Enter data</h2>
      {done && <p className="success" role="status">{done}</p>}
      <ProblemMessage problem={problem} />
      <form onSubmit={one} noValidate className="grid-2">
        <Field label="Period" name="period" problem={problem} hint="The first day of the week or month it counts.">
          {(props) => <input {...props} type="date" value={period} onChange={(e) => setPeriod(e.target.value)} />}
        </Field>
        <Field label={proportion ? 'Numerator/denominator' : 'Value'} name="value" problem={problem} hint={proportion ? 'e.g. 12/40' : undefined}>
          {(props) => <input {...props} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
        <div><button type="submit">Record this period</button></div>
      </form>
      <form onSubmit={many} noValidate>
        <Field label="Or paste two columns: period and value" name="points" problem={problem}
          hint={`One period per line, e.g. "2026-01-05, 14" — straight from a spreadsheet.${proportion ? ' For a P chart: date, numerator, denominator.' : ''}`}>
          {(props) => <textarea {...props} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} />}
        </Field>
        <button type="submit" className="secondary">Record pasted data</button>
      </form>
    </section>
  );
}

function point(period: string, value: string, proportion: boolean): Record<string, unknown> {
  if (proportion) {
    const [numerator, denominator] = value.split(/[/,]/).map((part) => Number(part.trim()));
    return { period, numerator, denominator };
  }
  return { period, value: value.trim() === '' ? null : Number(value) };
}
