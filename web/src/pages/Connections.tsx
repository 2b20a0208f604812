import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import type { Connection } from '../api/types';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { formatDate } from '../format';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { Suggestions } from './Suggestions';

/** Requests waiting for me, requests I made, and the peers I am connected with. */
export function Connections() {
  const { id: highlighted } = useParams();
  const connections = useLoad(() => api<Connection[]>('/members/connections'), []);
  const acting = useAction();
  const act = (path: string, method: 'POST' | 'DELETE' = 'POST') => async () => {
    if (await acting.run(() => api(`/members/connections/${path}`, method))) {
      connections.reload();
    }
  };
  if (connections.loading && !connections.data) {
    return <Loading what="connections" />;
  }
  const all = connections.data ?? [];
  const incoming = all.filter((c) => c.status === 'pending' && c.direction === 'incoming');
  const outgoing = all.filter((c) => c.status === 'pending' && c.direction === 'outgoing');
  const connected = all.filter((c) => c.status === 'accepted');
  const row = (c: Connection, actions: ReactNode, note: string) => (
    <li key={c.id} className={c.id === highlighted ? 'list-item highlighted' : 'list-item'} data-testid="connection">
      <div>
        <p className="item-title"><Link to={`/members/${c.peer.id}`}>{c.peer.name}</Link></p>
        <p className="meta">{note}</p>
      </div>
      <div className="item-actions">{actions}</div>
    </li>
  );
  return (
    <section>
      <h1>Connections</h1>
      <ProblemMessage problem={acting.problem ?? connections.problem} />
      <h2>Waiting for your answer</h2>
      {incoming.length === 0 ? <p>No requests.</p> : (
        <ul className="list">
          {incoming.map((c) => row(c, <>
            <button type="button" onClick={act(`${c.id}/accept`)} aria-label={`Accept ${c.peer.name}`}>Accept</button>
            <button type="button" className="secondary" onClick={act(`${c.id}/decline`)} aria-label={`Decline ${c.peer.name}`}>Decline</button>
          </>, `Asked ${formatDate(c.requestedAt)}`))}
        </ul>
      )}
      <h2>Connected</h2>
      {connected.length === 0 ? <p>No connections yet. <Link to="/members">Find peers in the directory</Link>.</p> : (
        <ul className="list">
          {connected.map((c) => row(c,
            <button type="button" className="secondary" onClick={act(c.id, 'DELETE')} aria-label={`Remove ${c.peer.name}`}>Remove</button>,
            `Connected ${formatDate(c.respondedAt ?? c.requestedAt)}`))}
        </ul>
      )}
      <h2>You asked</h2>
      {outgoing.length === 0 ? <p>No requests waiting.</p> : (
        <ul className="list">
          {outgoing.map((c) => row(c,
            <button type="button" className="secondary" onClick={act(c.id, 'DELETE')} aria-label={`Withdraw request to ${c.peer.name}`}>Withdraw</button>,
            `Asked ${formatDate(c.requestedAt)}`))}
        </ul>
      )}
      <Suggestions onConnected={connections.reload} />
    </section>
  );
}
