import { useState } from 'react';
import { Link } from 'react-router';
import { api, INBOX_CHANGED, query } from '../api/client';
import type { Notification, NotificationPage } from '../api/types';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { formatDateTime } from '../format';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { Preferences } from './Preferences';

const inboxChanged = () => window.dispatchEvent(new Event(INBOX_CHANGED));

/** Everything qnet told me, newest first; opening one marks it read. */
export function Inbox() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const page = useLoad(() => api<NotificationPage>(`/notifications/notifications${query({ unread: unreadOnly, limit: 50 })}`), [unreadOnly]);
  const marking = useAction();
  const markAll = async () => {
    if (await marking.run(() => api('/notifications/notifications/read-all', 'POST'))) {
      page.reload();
      inboxChanged();
    }
  };
  const open = (notification: Notification) => {
    if (!notification.read) {
      api(`/notifications/notifications/${notification.id}/read`, 'POST').then(inboxChanged, () => {});
    }
  };
  return (
    <section>
      <h1>Notifications</h1>
      <div className="inline">
        <label className="check">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} /> Unread only
        </label>
        <button type="button" className="secondary" onClick={markAll}>Mark all as read</button>
      </div>
      <ProblemMessage problem={marking.problem ?? page.problem} />
      {page.loading && !page.data && <Loading what="notifications" />}
      {page.data?.items.length === 0 && <p>Nothing here yet.</p>}
      <ul className="list">
        {page.data?.items.map((n) => (
          <li key={n.id} className={n.read ? 'list-item' : 'list-item unread'} data-testid="notification">
            <div>
              <p className="item-title">
                {n.link ? <Link to={n.link} onClick={() => open(n)}>{n.title}</Link> : n.title}
                {!n.read && <span className="visually-hidden"> (unread)</span>}
              </p>
              <p>{n.body}</p>
              <p className="meta">{formatDateTime(n.createdAt)}</p>
            </div>
          </li>
        ))}
      </ul>
      <Preferences />
    </section>
  );
}
