import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import type { Connection, Member } from '../api/types';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { formatDate, labelOf } from '../format';
import { useSession } from '../session';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';

/** A member's profile, and where the caller stands with them: connect, pending, or connected. */
export function MemberPage() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const member = useLoad(() => api<Member>(`/members/members/${id}`), [id]);
  const connections = useLoad(() => api<Connection[]>('/members/connections'), [id]);
  const connecting = useAction();

  if (member.loading) {
    return <Loading what="profile" />;
  }
  if (member.problem || !member.data) {
    return <section><h1>Member</h1><ProblemMessage problem={member.problem} /></section>;
  }
  const m = member.data;
  const current = connections.data?.find((c) => c.peer.id === m.id && (c.status === 'pending' || c.status === 'accepted'));
  const connect = async () => {
    if (await connecting.run(() => api('/members/connections', 'POST', { peerId: m.id }))) {
      connections.reload();
    }
  };
  return (
    <section>
      <p className="breadcrumbs"><Link to="/members">Directory</Link></p>
      <div className="profile-head">
        <div className="avatar" aria-hidden="true">{initials(m.name)}</div>
        <div>
          <h1>{m.name}</h1>
          <p className="lead">{labelOf(m.profession)} · {m.region}{m.organisation ? ` · ${m.organisation}` : ''}</p>
          <p className="meta">Member since {formatDate(m.admittedAt)}</p>
        </div>
      </div>
      {m.id !== session.id && (
        <div className="connect" aria-live="polite">
          <ProblemMessage problem={connecting.problem} />
          {!current && <button type="button" onClick={connect} disabled={connecting.busy}>Connect with {m.name.split(' ')[0]}</button>}
          {current?.status === 'pending' && current.direction === 'outgoing' && <p className="notice">Connection requested; waiting for {m.name} to answer.</p>}
          {current?.status === 'pending' && current.direction === 'incoming' && (
            <p className="notice">{m.name} asked to connect with you. <Link to="/connections">Answer on your connections page</Link>.</p>
          )}
          {current?.status === 'accepted' && <p className="success">You are connected.</p>}
        </div>
      )}
      {m.email && <p><strong>Email:</strong> <a href={`mailto:${m.email}`}>{m.email}</a></p>}
      {m.bio && <><h2>About</h2><p className="bio">{m.bio}</p></>}
      <h2>Works on</h2>
      {m.topics.length ? <ul className="chips">{m.topics.map((t) => <li key={t} className="chip">{t}</li>)}</ul> : <p>No topics yet.</p>}
      {m.skills.length > 0 && (<><h2>Skills</h2><ul className="chips">{m.skills.map((s) => <li key={s} className="chip">{s}</li>)}</ul></>)}
      <p className="meta">Q training: {labelOf(m.trainingLevel)}{m.openToMentoring ? ' · open to mentoring' : ''}</p>
    </section>
  );
}

export function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0]!.toUpperCase()).join('');
}
