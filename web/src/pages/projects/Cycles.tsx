import { Link } from 'react-router';
import { api } from '../../api/client';
import type { PdsaCycle } from '../../api/types';
import { ProblemMessage } from '../../components/ProblemMessage';
import { formatDate, labelOf } from '../../format';
import { useLoad } from '../../useLoad';

export const CYCLE_STATUS: Record<PdsaCycle['status'], string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  completed: 'Completed',
};

/** A project's PDSA cycles, newest first, each with where it stands; the team may plan another. */
export function Cycles({ projectId, onTeam }: { projectId: string; onTeam: boolean }) {
  const cycles = useLoad(() => api<PdsaCycle[]>(`/projects/projects/${projectId}/cycles`), [projectId]);
  const newestFirst = [...(cycles.data ?? [])].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return (
    <section aria-labelledby="cycles">
      <div className="title-row">
        <h2 id="cycles">PDSA cycles</h2>
        {onTeam && <Link className="button" to={`/projects/${projectId}/cycles/new`}>Plan a cycle</Link>}
      </div>
      <ProblemMessage problem={cycles.problem} />
      {cycles.data?.length === 0 && <p>No PDSA cycles yet.</p>}
      <ul className="list" data-testid="cycles">
        {newestFirst.map((cycle) => (
          <li key={cycle.id} className="list-item">
            <div>
              <p className="item-title"><Link to={`/projects/${projectId}/cycles/${cycle.id}`}>{cycle.title}</Link></p>
              <p className="meta">
                From {formatDate(cycle.startsOn)} · {cycle.decision ? `Decided: ${labelOf(cycle.decision)}` : `Next: ${labelOf(cycle.nextStage ?? '')}`}
              </p>
            </div>
            <span className={`status status-${cycle.status}`}>{CYCLE_STATUS[cycle.status]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
