import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Member, ReferenceLists } from '../api/types';
import { Field } from '../components/Field';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { TopicInput } from '../components/TopicInput';
import { labelOf } from '../format';
import { referenceLists } from '../reference';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';

/** Edit my profile; download everything qnet holds about me; erase my data. */
export function Profile() {
  const me = useLoad(() => api<Member>('/members/members/me'), []);
  const reference = useLoad(referenceLists, []);
  if (me.loading || reference.loading) {
    return <Loading what="your profile" />;
  }
  if (!me.data || !reference.data) {
    return <section><h1>My profile</h1><ProblemMessage problem={me.problem ?? reference.problem} /></section>;
  }
  return (
    <section>
      <h1>My profile</h1>
      <ProfileForm member={me.data} reference={reference.data} />
      <YourData />
    </section>
  );
}

function ProfileForm({ member, reference }: { member: Member; reference: ReferenceLists }) {
  const [form, setForm] = useState(member);
  const saving = useAction();
  const { problem, busy } = saving;
  const [saved, setSaved] = useState(false);
  useEffect(() => setForm(member), [member]);
  const set = <K extends keyof Member>(name: K, value: Member[K]) => {
    setSaved(false);
    setForm({ ...form, [name]: value });
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    await saving.run(async () => {
      setForm(await api<Member>('/members/members/me', 'PATCH', {
        bio: form.bio ?? '', topics: form.topics, skills: form.skills, profession: form.profession, region: form.region,
        organisation: form.organisation ?? '', trainingLevel: form.trainingLevel, openToMentoring: form.openToMentoring,
        visibility: form.visibility,
      }));
      setSaved(true);
    });
  };
  return (
    <form className="panel-box" onSubmit={save} noValidate aria-label="Edit my profile">
      <p className="lead">{member.name} · {member.email}</p>
      {saved && <p className="success" role="status">Your profile is saved.</p>}
      <ProblemMessage problem={problem} />
      <Field label="About you" name="bio" problem={problem} hint="What you are improving, and what you would like help with.">
        {(props) => <textarea {...props} rows={5} value={form.bio ?? ''} onChange={(e) => set('bio', e.target.value)} />}
      </Field>
      <Field label="Topics" name="topics" problem={problem} hint={`Up to ${reference.maxTopics}; press Enter after each.`}>
        {(props) => <TopicInput {...props} value={form.topics} onChange={(topics) => set('topics', topics)} max={reference.maxTopics} />}
      </Field>
      <Field label="Skills" name="skills" problem={problem} hint="e.g. SPC charts, co-design; press Enter after each.">
        {(props) => <TopicInput {...props} value={form.skills} onChange={(skills) => set('skills', skills)} max={reference.maxTopics} />}
      </Field>
      <div className="grid-2">
        <Field label="Profession" name="profession" problem={problem}>
          {(props) => (
            <select {...props} value={form.profession} onChange={(e) => set('profession', e.target.value)}>
              {reference.professions.map((code) => <option key={code} value={code}>{labelOf(code)}</option>)}
            </select>
          )}
        </Field>
        <Field label="Region" name="region" problem={problem}>
          {(props) => (
            <select {...props} value={form.region} onChange={(e) => set('region', e.target.value)}>
              {reference.regions.map((region) => <option key={region} value={region}>{region}</option>)}
            </select>
          )}
        </Field>
        <Field label="Organisation" name="organisation" problem={problem}>
          {(props) => <input {...props} value={form.organisation ?? ''} onChange={(e) => set('organisation', e.target.value)} />}
        </Field>
        <Field label="Q training level" name="trainingLevel" problem={problem}>
          {(props) => (
            <select {...props} value={form.trainingLevel} onChange={(e) => set('trainingLevel', e.target.value)}>
              {reference.trainingLevels.map((level) => <option key={level} value={level}>{labelOf(level)}</option>)}
            </select>
          )}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={form.openToMentoring} onChange={(e) => set('openToMentoring', e.target.checked)} />
        I am open to mentoring
      </label>
      <label className="check">
        <input type="checkbox" checked={form.visibility === 'listed'}
          onChange={(e) => set('visibility', e.target.checked ? 'listed' : 'hidden')} />
        List me in the member directory
      </label>
      <button type="submit" disabled={busy}>{busy ? 'Saving…' : 'Save profile'}</button>
    </form>
  );
}

function YourData() {
  const acting = useAction();
  const download = () => acting.run(async () => {
    const data = await api<unknown>('/members/members/me/export');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    link.download = 'my-qnet-data.json';
    link.click();
    URL.revokeObjectURL(link.href);
  });
  const erase = async () => {
    if (window.confirm('Erase your qnet profile, connections and data? This cannot be undone.')
        && await acting.run(() => api('/members/members/me', 'DELETE'))) {
      window.location.assign('/');
    }
  };
  return (
    <section className="panel-box" aria-labelledby="your-data">
      <h2 id="your-data">Your data</h2>
      <ProblemMessage problem={acting.problem} />
      <p>Download everything qnet holds about you, or erase it.</p>
      <div className="inline">
        <button type="button" className="secondary" onClick={download}>Download my data</button>
        <button type="button" className="danger" onClick={erase}>Erase my data</button>
      </div>
    </section>
  );
}
