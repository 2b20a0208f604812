import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Organisation } from '../../api/types';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { formatDate, labelOf } from '../../format';
import { referenceLists } from '../../reference';
import { useAction } from '../../useAction';
import { useLoad } from '../../useLoad';

/** The nominating organisations, and registering another with the people who nominate for it. */
export function Organisations() {
  const organisations = useLoad(() => api<Organisation[]>('/members/organisations'), []);
  const byName = [...(organisations.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="organisations">
      <h2 id="organisations">Nominating organisations</h2>
      <ProblemMessage problem={organisations.problem} />
      {organisations.data?.length === 0 && <p>No organisation registered yet.</p>}
      <ul className="list" data-testid="organisations">
        {byName.map((organisation) => (
          <li key={organisation.id} className="list-item">
            <div>
              <p className="item-title">{organisation.name}</p>
              <p className="meta">{labelOf(organisation.kind)} · {organisation.region} · registered {formatDate(organisation.registeredAt)}</p>
              <p className="meta">Nominators: {organisation.nominators.map((n) => `${n.subject} (${n.email})`).join(', ')}</p>
            </div>
          </li>
        ))}
      </ul>
      <RegisterOrganisation onRegistered={organisations.reload} />
    </section>
  );
}

function RegisterOrganisation({ onRegistered }: { onRegistered: () => void }) {
  const blank = { name: '', kind: '', region: '' };
  const [form, setForm] = useState(blank);
  const [nominators, setNominators] = useState([{ subject: '', email: '' }]);
  const reference = useLoad(referenceLists, []);
  const lists = reference.data;
  const registering = useAction();
  const problem = registering.problem ?? reference.problem;
  const set = (name: keyof typeof blank) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const setNominator = (index: number, name: 'subject' | 'email') => (event: { target: { value: string } }) =>
    setNominators(nominators.map((n, i) => (i === index ? { ...n, [name]: event.target.value } : n)));
  const register = async (event: FormEvent) => {
    event.preventDefault();
    if (await registering.run(() => api('/members/organisations', 'POST', { ...form, nominators }))) {
      setForm(blank);
      setNominators([{ subject: '', email: '' }]);
      onRegistered();
    }
  };
  return (
    <form className="panel-box" onSubmit={register} noValidate aria-labelledby="register-organisation">
      <h3 id="register-organisation">Register an organisation</h3>
      <ProblemMessage problem={problem} />
      <Field label="Name" name="name" problem={problem}>
        {(props) => <input {...props} value={form.name} onChange={set('name')} />}
      </Field>
      <div className="grid-2">
        <Field label="Kind" name="kind" problem={problem}>
          {(props) => (
            <select {...props} value={form.kind} onChange={set('kind')}>
              <option value="">Choose…</option>
              {lists?.organisationKinds.map((kind) => <option key={kind} value={kind}>{labelOf(kind)}</option>)}
            </select>
          )}
        </Field>
        <Field label="Region" name="region" problem={problem}>
          {(props) => (
            <select {...props} value={form.region} onChange={set('region')}>
              <option value="">Choose…</option>
              {lists?.regions.map((region) => <option key={region} value={region}>{region}</option>)}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="field">
        <legend>Nominators</legend>
        <p className="hint">The people who nominate for the organisation: their sign-in name at qnet’s sign-in service, and the email they are told at.</p>
        {nominators.map((nominator, index) => (
          <div key={index} className="grid-2 nominator-row">
            <Field label={`Nominator ${index + 1}: sign-in name`} name={`nominators[${index}].subject`} problem={problem}>
              {(props) => <input {...props} autoComplete="off" value={nominator.subject} onChange={setNominator(index, 'subject')} />}
            </Field>
            <Field label={`Nominator ${index + 1}: email`} name={`nominators[${index}].email`} problem={problem}>
              {(props) => <input {...props} type="email" autoComplete="off" value={nominator.email} onChange={setNominator(index, 'email')} />}
            </Field>
            {nominators.length > 1 && (
              <button type="button" className="link-button" onClick={() => setNominators(nominators.filter((_, i) => i !== index))}>
                Remove nominator {index + 1}
              </button>
            )}
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setNominators([...nominators, { subject: '', email: '' }])}>
          Add another nominator
        </button>
      </fieldset>
      <button type="submit" disabled={registering.busy}>Register organisation</button>
    </form>
  );
}
