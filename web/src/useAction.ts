import { useState } from 'react';
import { Problem } from './api/client';

export interface Action {
  /** Runs a call to the API; true when it succeeded, else its problem is kept to show. */
  run: (call: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
  problem?: Problem;
  setProblem: (problem?: Problem) => void;
}

/** What a button or form does: one call at a time, its refusal kept for the form to show. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const run = async (call: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await call();
      setProblem(undefined);
      return true;
    } catch (failure) {
      setProblem(failure instanceof Problem ? failure : new Problem(0, 'Something went wrong', String(failure)));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, problem, setProblem };
}
