import { useCallback, useEffect, useState } from 'react';
import { Problem } from './api/client';

export interface Loaded<T> {
  data?: T;
  problem?: Problem;
  loading: boolean;
  reload: () => void;
}

/** Loads what a page shows, again whenever its inputs change or it is asked to. */
export function useLoad<T>(load: () => Promise<T>, inputs: unknown[]): Loaded<T> {
  const [data, setData] = useState<T>();
  const [problem, setProblem] = useState<Problem>();
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const run = useCallback(load, inputs);
  useEffect(() => {
    let current = true;
    setLoading(true);
    run().then(
      (found) => {
        if (current) {
          setData(found);
          setProblem(undefined);
          setLoading(false);
        }
      },
      (failure: unknown) => {
        if (current) {
          setProblem(failure instanceof Problem ? failure : new Problem(0, 'Something went wrong', String(failure)));
          setLoading(false);
        }
      },
    );
    return () => {
      current = false;
    };
  }, [run, round]);
  return { data, problem, loading, reload: () => setRound((n) => n + 1) };
}
