import { useId, type ReactNode } from 'react';
import type { Problem } from '../api/client';

interface FieldProps {
  label: string;
  name: string;
  problem?: Problem;
  hint?: string;
  children: (props: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled form control whose hint and error (from the problem's field errors) are tied to it. */
export function Field({ label, name, problem, hint, children }: FieldProps) {
  const id = useId();
  const error = problem?.forField(name);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p className="field-error" id={`${id}-error`}>{error}</p>}
      {children({ id, name, 'aria-invalid': Boolean(error), 'aria-describedby': described || undefined })}
    </div>
  );
}
