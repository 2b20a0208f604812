import { NavLink, Outlet } from 'react-router';
import { csrfToken } from '../api/client';
import { hasRole, SIGN_IN_URL, useSession } from '../session';
import { NotificationBell } from './NotificationBell';

export function Layout() {
  const { session, loaded } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <div className="header-inner">
          <NavLink to="/" className="brand" aria-label="qnet home">
            <span className="brand-mark" aria-hidden="true" />
            qnet
          </NavLink>
          {session.signedIn && (
            <nav aria-label="Main">
              <ul className="nav">
                {hasRole(session, 'MEMBER', 'ADMIN') && <li><NavLink to="/members">Directory</NavLink></li>}
                {hasRole(session, 'MEMBER') && <li><NavLink to="/connections">Connections</NavLink></li>}
                <li><NavLink to="/projects">Projects</NavLink></li>
                <li><NavLink to="/events">Events</NavLink></li>
                {hasRole(session, 'MEMBER') && <li><NavLink to="/profile">My profile</NavLink></li>}
                {hasRole(session, 'NOMINATOR') && <li><NavLink to="/nominations">Nominations</NavLink></li>}
                {hasRole(session, 'PANEL', 'ADMIN') && <li><NavLink to="/panel">Panel</NavLink></li>}
                {hasRole(session, 'ADMIN') && <li><NavLink to="/admin">Administration</NavLink></li>}
              </ul>
            </nav>
          )}
          <div className="account">
            {session.signedIn && <NotificationBell />}
            {session.signedIn ? (
              <form method="post" action="/logout" className="sign-out">
                <input type="hidden" name="_csrf" value={csrfToken()} />
                <span className="who">{session.name}</span>
                <button type="submit" className="link-button">Sign out</button>
              </form>
            ) : (
              loaded && <a className="button" href={SIGN_IN_URL}>Sign in</a>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>qnet — a community of people improving health and care together.</p>
      </footer>
    </>
  );
}
