import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Problem } from '../api/client';
import { Field } from './Field';
import { ProblemMessage } from './ProblemMessage';

describe('a form field', () => {
  it('shows the problem message for its own field, tied to the control', () => {
    const problem = new Problem(400, 'Invalid request', '', [{ field: 'candidate.email', message: 'is not an email address' }]);
    render(
      <Field label="Email address" name="candidate.email" problem={problem}>
        {(props) => <input {...props} />}
      </Field>,
    );

    const input = screen.getByLabelText('Email address');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const description = document.getElementById(input.getAttribute('aria-describedby')!);
    expect(description?.textContent).toBe('is not an email address');
  });

  it('is not marked invalid by a problem about another field', () => {
    const problem = new Problem(400, 'Invalid request', '', [{ field: 'statement', message: 'must not be blank' }]);
    render(
      <Field label="Full name" name="candidate.name" problem={problem}>
        {(props) => <input {...props} />}
      </Field>,
    );

    expect(screen.getByLabelText('Full name').getAttribute('aria-invalid')).toBe('false');
  });
});

describe('a problem message', () => {
  it('is an alert that lists the fields it names in words', () => {
    const problem = new Problem(409, 'Conflict', 'Your organisation has used its whole quota for this round.',
      [{ field: 'candidate.trainingLevel', message: 'must be one of none, bronze' }]);
    render(<ProblemMessage problem={problem} />);

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Your organisation has used its whole quota for this round.');
    expect(alert.textContent).toContain('Training level must be one of none, bronze');
  });
});
