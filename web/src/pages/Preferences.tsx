import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';

interface Choice {
  inbox: boolean;
  email: 'immediate' | 'digest' | 'off';
}

interface NotificationPreferences {
  topics: Record<string, Choice>;
  digest: 'daily' | 'weekly';
}

const TOPICS: Record<string, string> = {
  membership: 'Membership and nominations',
  connections: 'Connections',
  projects: 'Projects you lead, are part of or follow',
  events: 'Events you registered for',
};

/** Which notices reach the inbox and which come by email, at once or in a digest. */
export function Preferences() {
  const saved = useLoad(() => api<NotificationPreferences>('/notifications/notification-preferences'), []);
  const [form, setForm] = useState<NotificationPreferences>();
  const saving = useAction();
  const [done, setDone] = useState(false);
  useEffect(() => setForm(saved.data), [saved.data]);
  if (!form) {
    return saved.problem ? <ProblemMessage problem={saved.problem} /> : <Loading what="your preferences" />;
  }
  const choose = (topic: string, change: Partial<Choice>) => {
    setDone(false);
    setForm({ ...form, topics: { ...form.topics, [topic]: { ...form.topics[topic]!, ...change } } });
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setDone(await saving.run(async () =>
      setForm(await api<NotificationPreferences>('/notifications/notification-preferences', 'PUT', form))));
  };
  return (
    <form className="panel-box" onSubmit={save} aria-labelledby="preferences">
      <h2 id="preferences">How we tell you</h2>
      {done && <p className="success" role="status">Your preferences are saved.</p>}
      <ProblemMessage problem={saving.problem} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Notification preferences">
        <table className="data-table">
          <thead><tr><th scope="col">About</th><th scope="col">In the inbox</th><th scope="col">By email</th></tr></thead>
          <tbody>
            {Object.entries(form.topics).map(([topic, choice]) => (
              <tr key={topic}>
                <th scope="row">{TOPICS[topic] ?? topic}</th>
                <td>
                  <input type="checkbox" aria-label={`${TOPICS[topic] ?? topic} in the inbox`} checked={choice.inbox}
                    onChange={(e) => choose(topic, { inbox: e.target.checked })} />
                </td>
                <td>
                  <select aria-label={`${TOPICS[topic] ?? topic} by email`} value={choice.email}
                    onChange={(e) => choose(topic, { email: e.target.value as Choice['email'] })}>
                    <option value="immediate">At once</option>
                    <option value="digest">In the digest</option>
                    <option value="off">Never</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="field">
        <label htmlFor="digest">Digest comes</label>
        <select id="digest" value={form.digest} onChange={(e) => setForm({ ...form, digest: e.target.value as NotificationPreferences['digest'] })}>
          <option value="daily">Daily</option>
          <option value="weekly">Weekly</option>
        </select>
      </div>
      <button type="submit">Save preferences</button>
    </form>
  );
}
