import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { SESSION_ENDED } from './api/client';
import type { Session } from './api/types';

const SIGNED_OUT: Session = { signedIn: false, roles: [] };

interface SessionState {
  session: Session;
  loaded: boolean;
  refresh: () => void;
}

const SessionContext = createContext<SessionState>({ session: SIGNED_OUT, loaded: false, refresh: () => {} });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>(SIGNED_OUT);
  const [loaded, setLoaded] = useState(false);
  const refresh = useCallback(() => {
    fetch('/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : SIGNED_OUT))
      .catch(() => SIGNED_OUT)
      .then((found: Session) => {
        setSession(found);
        setLoaded(true);
      });
  }, []);
  useEffect(() => {
    refresh();
    window.addEventListener(SESSION_ENDED, refresh);
    return () => window.removeEventListener(SESSION_ENDED, refresh);
  }, [refresh]);
  return <SessionContext.Provider value={{ session, loaded, refresh }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  return useContext(SessionContext);
}

export function hasRole(session: Session, ...roles: string[]): boolean {
  return roles.some((role) => session.roles.includes(role));
}

/** Signing in is a full-page visit to the gateway, which sends the browser on to the issuer. */
export const SIGN_IN_URL = '/oauth2/authorization/qnet';
