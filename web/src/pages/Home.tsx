import { Link } from 'react-router';
import { hasRole, SIGN_IN_URL, useSession } from '../session';

export function Home() {
  const { session, loaded } = useSession();
  if (!loaded) {
    return null;
  }
  if (!session.signedIn) {
    return (
      <section className="hero">
        <h1>Improving health and care, together</h1>
        <p className="lead">
          qnet connects people who lead quality improvement across the UK: find peers who work on what you work
          on, share your improvement projects and their data, and meet at events and seminars.
        </p>
        <a className="button large" href={SIGN_IN_URL}>Sign in to qnet</a>
        <p className="hint">Organisations nominate new members in recruitment rounds; a panel admits them.</p>
      </section>
    );
  }
  const tasks = [
    hasRole(session, 'MEMBER', 'ADMIN') && { to: '/members', title: 'Find peers', text: 'Search the directory by topic, region and profession.' },
    hasRole(session, 'MEMBER') && { to: '/connections', title: 'Your connections', text: 'Requests waiting for you and the peers you know.' },
    hasRole(session, 'MEMBER') && { to: '/profile', title: 'Your profile', text: 'What you work on, so that the right people find you.' },
    hasRole(session, 'NOMINATOR') && { to: '/nominations', title: 'Nominate candidates', text: 'Put people forward in an open recruitment round and follow their nominations.' },
    hasRole(session, 'ADMIN') && { to: '/admin', title: 'Administration', text: 'Open and close recruitment rounds; register the organisations that nominate.' },
    hasRole(session, 'PANEL', 'ADMIN') && { to: '/panel', title: 'Panel review', text: 'Review the nominations of a round and admit or decline each one.' },
    { to: '/projects', title: 'Improvement projects', text: 'Share your project, its measures and data; follow others and see their signals.' },
    { to: '/events', title: 'Events and seminars', text: hasRole(session, 'ORGANISER') ? 'Publish events, and see who is coming and who is waiting.' : 'What is on, with places left; register or join the waitlist.' },
    { to: '/inbox', title: 'Notifications', text: 'Everything qnet has told you, newest first.' },
  ].filter(Boolean) as { to: string; title: string; text: string }[];
  return (
    <section>
      <h1>Welcome, {session.name}</h1>
      <ul className="cards">
        {tasks.map((task) => (
          <li key={task.to} className="card">
            <h2><Link to={task.to}>{task.title}</Link></h2>
            <p>{task.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
