import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, Problem, query, SESSION_ENDED } from './client';

function answer(status: number, body: unknown, type = 'application/problem+json') {
  return vi.fn().mockResolvedValue(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('api', () => {
  it('sends state changes with the CSRF cookie echoed in X-XSRF-TOKEN', async () => {
    document.cookie = 'XSRF-TOKEN=abc%3D123';
    const fetch = answer(200, { ok: true }, 'application/json');
    vi.stubGlobal('fetch', fetch);

    await api('/members/connections', 'POST', { peerId: 'm-2' });

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/members/connections');
    expect(init.headers['X-XSRF-TOKEN']).toBe('abc=123');
    expect(init.credentials).toBe('same-origin');
    expect(JSON.parse(init.body)).toEqual({ peerId: 'm-2' });
  });

  it('turns a problem document into a Problem naming its fields', async () => {
    vi.stubGlobal('fetch', answer(400, {
      title: 'Invalid request', detail: 'Some fields are missing or invalid.', status: 400,
      errors: [{ field: 'candidate.email', message: 'must be a well-formed email address' }],
    }));

    const refused = (await api('/members/nominations', 'POST', {}).catch((e: unknown) => e)) as Problem;

    expect(refused).toBeInstanceOf(Problem);
    expect(refused.status).toBe(400);
    expect(refused.forField('candidate.email')).toBe('must be a well-formed email address');
    expect(refused.forField('candidate.name')).toBeUndefined();
  });

  it('says plainly that nothing changed when a service fails without a problem document', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 })));

    const failed = (await api('/events/events').catch((e: unknown) => e)) as Problem;

    expect(failed.title).toBe('Something went wrong');
    expect(failed.detail).toContain('Nothing was changed');
  });

  it('announces that the session ended when the gateway answers 401', async () => {
    vi.stubGlobal('fetch', answer(401, { title: 'Sign in required', status: 401 }));
    const ended = vi.fn();
    window.addEventListener(SESSION_ENDED, ended);

    await api('/members/members/me').catch(() => undefined);

    expect(ended).toHaveBeenCalledOnce();
    window.removeEventListener(SESSION_ENDED, ended);
  });
});

describe('query', () => {
  it('repeats array values and leaves out empty ones', () => {
    expect(query({ q: 'safety', topic: ['sepsis', 'falls'], region: '', page: 0, size: undefined }))
      .toBe('?q=safety&topic=sepsis&topic=falls&page=0');
    expect(query({ q: '' })).toBe('');
  });
});
