import { Link } from 'react-router';
import { api } from '../api/client';
import { ProblemMessage } from '../components/ProblemMessage';
import { labelOf } from '../format';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';

interface SuggestedPeer {
  id: string;
  name: string;
  profession: string;
  region: string;
  topics: string[];
  reason: string;
}

/** Peers qnet suggests, each with the reason (shared topics, region, profession), to connect with in one click. */
export function Suggestions({ onConnected }: { onConnected: () => void }) {
  const suggested = useLoad(() => api<SuggestedPeer[]>('/members/members/me/suggestions'), []);
  const connecting = useAction();
  const connect = (peer: SuggestedPeer) => async () => {
    if (await connecting.run(() => api('/members/connections', 'POST', { peerId: peer.id }))) {
      suggested.reload();
      onConnected();
    }
  };
  if (!suggested.data || suggested.data.length === 0) {
    return <ProblemMessage problem={suggested.problem} />;
  }
  return (
    <section aria-labelledby="suggestions">
      <h2 id="suggestions">People you may want to know</h2>
      <ProblemMessage problem={connecting.problem} />
      <ul className="list">
        {suggested.data.map((peer) => (
          <li key={peer.id} className="list-item" data-testid="suggestion">
            <div>
              <p className="item-title"><Link to={`/members/${peer.id}`}>{peer.name}</Link></p>
              <p className="meta">{labelOf(peer.profession)} · {peer.region}</p>
              <p>{peer.reason}</p>
            </div>
            <button type="button" className="secondary" onClick={connect(peer)} aria-label={`Connect with ${peer.name}`}>Connect</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
