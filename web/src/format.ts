const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

export function formatDateTime(instant: string): string {
  return dateTime.format(new Date(instant));
}

export function formatDate(instant: string): string {
  return date.format(new Date(instant));
}

/** "allied-health-professional" → "Allied health professional". */
export function labelOf(code: string): string {
  const words = code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Today's date where the person is, as an ISO date for date inputs. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().substring(0, 10);
}
