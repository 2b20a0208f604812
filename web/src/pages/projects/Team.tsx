import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { Project } from '../../api/types';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { labelOf } from '../../format';
import { useAction } from '../../useAction';
import { PROJECT_STATUSES } from './Projects';

interface TeamProps {
  project: Project;
  viewerId?: string;
  onChanged: () => void;
}

/**
 * The team as the people on it manage it: the lead answers join requests, removes members, hands
 * over the lead and moves the project through its life; anyone else on the team may leave.
 */
export function Team({ project, viewerId, onChanged }: TeamProps) {
  const navigate = useNavigate();
  const acting = useAction();
  const problem = acting.problem;
  const isLead = project.yourAccess === 'lead';
  const act = (path: string, method: 'POST' | 'PUT' | 'DELETE', body?: unknown, confirmation?: string) => async () => {
    if (confirmation && !window.confirm(confirmation)) {
      return;
    }
    if (await acting.run(() => api(`/projects/projects/${project.id}${path}`, method, body))) {
      onChanged();
    }
  };
  // A project only its team may see is out of sight once you leave it.
  const leave = (memberId: string) => async () => {
    if (window.confirm('Leave this project’s team?')
      && await acting.run(() => api(`/projects/projects/${project.id}/team/${memberId}`, 'DELETE'))) {
      if (project.visibility === 'team') {
        navigate('/projects');
      } else {
        onChanged();
      }
    }
  };
  return (
    <section aria-labelledby="team">
      <h2 id="team">Team</h2>
      <ProblemMessage problem={problem} />
      <ul className="list" data-testid="team">
        {project.team.map((member) => (
          <li key={member.id} className="list-item">
            <div>
              <p className="item-title"><Link to={`/members/${member.id}`}>{member.name}</Link></p>
              <p className="meta">{labelOf(member.role)}</p>
            </div>
            <div className="item-actions">
              {isLead && member.role !== 'lead' && (
                <>
                  <button type="button" className="secondary" disabled={acting.busy}
                    onClick={act('/lead', 'PUT', { memberId: member.id }, `Hand the lead of this project to ${member.name}?`)}>
                    Make {member.name} lead
                  </button>
                  <button type="button" className="danger" disabled={acting.busy}
                    onClick={act(`/team/${member.id}`, 'DELETE', undefined, `Remove ${member.name} from the team?`)}>
                    Remove {member.name}
                  </button>
                </>
              )}
              {!isLead && member.id === viewerId && (
                <button type="button" className="danger" disabled={acting.busy} onClick={leave(member.id)}>
                  Leave the team
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {isLead && project.joinRequests.length > 0 && (
        <>
          <h3>Asking to join</h3>
          <ul className="list">
            {project.joinRequests.map((request) => (
              <li key={request.memberId} className="list-item">
                <div><p className="item-title">{request.name}</p>{request.message && <p>{request.message}</p>}</div>
                <div className="item-actions">
                  <button type="button" disabled={acting.busy} onClick={act(`/join-requests/${request.memberId}/accept`, 'POST')}>
                    Accept {request.name}
                  </button>
                  <button type="button" className="secondary" disabled={acting.busy}
                    onClick={act(`/join-requests/${request.memberId}/decline`, 'POST')}>
                    Decline
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {isLead && <StageChange project={project} onChanged={onChanged} />}
    </section>
  );
}

function StageChange({ project, onChanged }: { project: Project; onChanged: () => void }) {
  const [status, setStatus] = useState(project.status);
  const moving = useAction();
  const move = async (event: FormEvent) => {
    event.preventDefault();
    if (await moving.run(() => api(`/projects/projects/${project.id}/status`, 'PUT', { status }))) {
      onChanged();
    }
  };
  return (
    <form className="inline stage-change" onSubmit={move} noValidate>
      <Field label="Project stage" name="status" problem={moving.problem}>
        {(props) => (
          <select {...props} value={status} onChange={(event) => setStatus(event.target.value)}>
            {PROJECT_STATUSES.map((code) => <option key={code} value={code}>{labelOf(code)}</option>)}
          </select>
        )}
      </Field>
      <button type="submit" className="secondary" disabled={moving.busy || status === project.status}>Move the project</button>
      <ProblemMessage problem={moving.problem} />
    </form>
  );
}
