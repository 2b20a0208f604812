import type { Problem } from '../api/client';

/** A refusal or failure, said plainly, with the fields it names listed; announced to screen readers. */
export function ProblemMessage({ problem }: { problem?: Problem }) {
  if (!problem) {
    return null;
  }
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{problem.title}</p>
      {problem.detail && <p>{problem.detail}</p>}
      {problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((error) => (
            <li key={error.field}>
              <strong>{fieldLabel(error.field)}</strong> {error.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function fieldLabel(field: string): string {
  const last = field.split('.').pop() ?? field;
  const words = last.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
