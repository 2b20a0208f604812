import type { ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { Admin } from './pages/admin/Admin';
import { Connections } from './pages/Connections';
import { Directory } from './pages/Directory';
import { EventDetail } from './pages/events/EventDetail';
import { EventForm } from './pages/events/EventForm';
import { Events } from './pages/events/Events';
import { Home } from './pages/Home';
import { Inbox } from './pages/Inbox';
import { MemberPage } from './pages/MemberPage';
import { Nominations } from './pages/Nominations';
import { NotFound } from './pages/NotFound';
import { Panel } from './pages/Panel';
import { Profile } from './pages/Profile';
import { CycleForm } from './pages/projects/CycleForm';
import { CyclePage } from './pages/projects/CyclePage';
import { MeasurePage } from './pages/projects/MeasurePage';
import { ProjectDetail } from './pages/projects/ProjectDetail';
import { ProjectForm } from './pages/projects/ProjectForm';
import { Projects } from './pages/projects/Projects';
import { SIGN_IN_URL, useSession } from './session';

/** Pages behind sign-in offer it instead of failing. Paths match the links notifications carry. */
function SignedIn({ children }: { children: ReactNode }) {
  const { session, loaded } = useSession();
  if (!loaded) {
    return null;
  }
  if (!session.signedIn) {
    return (
      <section>
        <h1>Please sign in</h1>
        <p>This page shows what qnet holds for you.</p>
        <a className="button" href={SIGN_IN_URL}>Sign in</a>
      </section>
    );
  }
  return <>{children}</>;
}

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Home />} />
          <Route path="members" element={<SignedIn><Directory /></SignedIn>} />
          <Route path="members/:id" element={<SignedIn><MemberPage /></SignedIn>} />
          <Route path="profile" element={<SignedIn><Profile /></SignedIn>} />
          <Route path="connections" element={<SignedIn><Connections /></SignedIn>} />
          <Route path="connections/:id" element={<SignedIn><Connections /></SignedIn>} />
          <Route path="nominations" element={<SignedIn><Nominations /></SignedIn>} />
          <Route path="nominations/:id" element={<SignedIn><Nominations /></SignedIn>} />
          <Route path="panel" element={<SignedIn><Panel /></SignedIn>} />
          <Route path="admin" element={<SignedIn><Admin /></SignedIn>} />
          <Route path="projects" element={<SignedIn><Projects /></SignedIn>} />
          <Route path="projects/new" element={<SignedIn><ProjectForm /></SignedIn>} />
          <Route path="projects/:id" element={<SignedIn><ProjectDetail /></SignedIn>} />
          <Route path="projects/:id/edit" element={<SignedIn><ProjectForm /></SignedIn>} />
          <Route path="projects/:projectId/cycles/new" element={<SignedIn><CycleForm /></SignedIn>} />
          <Route path="projects/:projectId/cycles/:cycleId" element={<SignedIn><CyclePage /></SignedIn>} />
          <Route path="projects/:projectId/measures/:measureId" element={<SignedIn><MeasurePage /></SignedIn>} />
          <Route path="projects/:projectId/measures/:measureId/analysis" element={<SignedIn><MeasurePage /></SignedIn>} />
          <Route path="events" element={<SignedIn><Events /></SignedIn>} />
          <Route path="events/new" element={<SignedIn><EventForm /></SignedIn>} />
          <Route path="events/:id" element={<SignedIn><EventDetail /></SignedIn>} />
          <Route path="events/:id/edit" element={<SignedIn><EventForm /></SignedIn>} />
          <Route path="inbox" element={<SignedIn><Inbox /></SignedIn>} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
