import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Project } from '../../api/types';
import { Team } from './Team';

const project: Project = {
  id: 'p1', title: 'Fewer falls', aim: 'Reduce falls', topics: [], visibility: 'members', status: 'active',
  lead: { id: 'maya', name: 'Maya Shah' },
  team: [{ id: 'maya', name: 'Maya Shah', role: 'lead' }, { id: 'sam', name: 'Sam Patel', role: 'member' }],
  followers: 0, following: false, askedToJoin: false, yourAccess: 'lead',
  joinRequests: [{ memberId: 'tom', name: 'Tom Reid', requestedAt: '2026-11-23T10:00:00Z' }],
  createdAt: '2026-11-01T10:00:00Z',
};

function renderTeam(as: Partial<Project>, viewerId: string) {
  render(<MemoryRouter><Team project={{ ...project, ...as }} viewerId={viewerId} onChanged={() => {}} /></MemoryRouter>);
}

describe('a project team', () => {
  afterEach(cleanup);

  it('offers the lead to hand over, remove others, answer join requests and move the project', () => {
    renderTeam({}, 'maya');

    expect(screen.getByRole('button', { name: 'Make Sam Patel lead' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Remove Sam Patel' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Remove Maya Shah' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Accept Tom Reid' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Move the project' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Leave the team' })).toBeNull();
  });

  it('offers a team member only to leave, and nothing over anyone else', () => {
    renderTeam({ yourAccess: 'team', joinRequests: [] }, 'sam');

    expect(screen.getByRole('button', { name: 'Leave the team' })).toBeDefined();
    expect(screen.queryByRole('button', { name: /^Make / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove / })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move the project' })).toBeNull();
  });

  it('offers someone outside the team no change to it', () => {
    renderTeam({ yourAccess: 'read', joinRequests: [] }, 'priya');

    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByRole('link', { name: 'Sam Patel' })).toBeDefined();
  });
});
