import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, INBOX_CHANGED } from '../api/client';

/**
 * The unread count, kept live: the notifications stream says when something arrives (on any instance),
 * and the count is then read again, so it is always the inbox's own figure.
 */
export function NotificationBell() {
  const [unread, setUnread] = useState<number>();
  const pending = useRef<number>(undefined);
  useEffect(() => {
    const count = () =>
      api<{ unread: number }>('/notifications/notifications/unread-count').then(
        (found) => setUnread(found.unread),
        () => {},
      );
    const recount = () => {
      window.clearTimeout(pending.current);
      pending.current = window.setTimeout(count, 250);
    };
    count();
    const stream = new EventSource('/api/notifications/notifications/stream');
    stream.addEventListener('notification', recount);
    window.addEventListener(INBOX_CHANGED, recount);
    return () => {
      stream.close();
      window.clearTimeout(pending.current);
      window.removeEventListener(INBOX_CHANGED, recount);
    };
  }, []);
  const label = unread === undefined ? 'Notifications' : `Notifications, ${unread} unread`;
  return (
    <Link to="/inbox" className="bell" aria-label={label} data-testid="bell">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" fill="currentColor" />
      </svg>
      {unread !== undefined && unread > 0 && <span className="badge" data-testid="unread-count">{unread}</span>}
      <span className="visually-hidden" aria-live="polite">{unread ? `${unread} unread` : ''}</span>
    </Link>
  );
}
