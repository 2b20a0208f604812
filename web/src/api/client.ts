// Every call goes to the gateway, which adds the signed-in person's access token; the page never sees
// a token. State-changing calls echo the CSRF cookie in X-XSRF-TOKEN, which the gateway requires.

export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem document from the gateway or a service, as an error the page can show. */
export class Problem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];

  constructor(status: number, title: string, detail: string, errors: FieldError[] = []) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
  }

  /** The message for one form field, if the problem names it. */
  forField(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }
}

export const SESSION_ENDED = 'qnet:session-ended';
/** Said when the inbox changed here (read, all read), so that the bell counts again. */
export const INBOX_CHANGED = 'qnet:inbox-changed';

export function csrfToken(): string {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function api<T>(path: string, method: Method = 'GET', body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new Problem(0, 'No connection', 'qnet could not be reached. Check your connection and try again.');
  }
  if (response.status === 401) {
    window.dispatchEvent(new Event(SESSION_ENDED));
  }
  if (!response.ok) {
    throw await problemOf(response);
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T;
  }
  return (await response.json()) as T;
}

async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = await response.json();
      return new Problem(response.status, problem.title ?? response.statusText, problem.detail ?? '',
        Array.isArray(problem.errors) ? problem.errors : []);
    } catch {
      // fall through to the generic message
    }
  }
  if (response.status >= 500) {
    return new Problem(response.status, 'Something went wrong',
      'qnet could not complete this just now. Nothing was changed; please try again in a moment.');
  }
  return new Problem(response.status, response.statusText || 'Request refused', '');
}

/** Query string from the defined values; arrays become repeated parameters. */
export function query(params: Record<string, string | number | boolean | string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      value.forEach((item) => search.append(name, item));
    } else if (value !== undefined && value !== null && value !== '') {
      search.append(name, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
