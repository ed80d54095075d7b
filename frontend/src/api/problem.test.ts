import { describe, expect, it } from 'vitest';
import { fieldErrors, isProblem, type Problem } from './problem';

const problem = (errors: Problem['errors']): Problem => ({
  type: 'https://polylog.example/problems/validation',
  title: 'Invalid input',
  status: 422,
  detail: 'Some fields need correcting.',
  errors,
});

describe('fieldErrors', () => {
  it('keys messages by field, with or without the location prefix', () => {
    const errors = fieldErrors(
      problem([
        { field: 'body.password', message: 'Enter at least 10 characters.' },
        { field: 'email', message: 'Enter a valid e-mail address.' },
      ]),
    );
    expect(errors).toEqual({
      password: 'Enter at least 10 characters.',
      email: 'Enter a valid e-mail address.',
    });
  });

  it('joins several messages about one field', () => {
    const errors = fieldErrors(
      problem([
        { field: 'password', message: 'Too short.' },
        { field: 'password', message: 'Too common.' },
      ]),
    );
    expect(errors.password).toBe('Too short. Too common.');
  });

  it('is empty for a problem without field errors', () => {
    expect(fieldErrors(problem(null))).toEqual({});
    expect(fieldErrors(null)).toEqual({});
  });
});

describe('isProblem', () => {
  it('recognises problem+json bodies', () => {
    expect(isProblem(problem(null))).toBe(true);
    expect(isProblem({ detail: [{ loc: ['body'], msg: 'x' }] })).toBe(false);
    expect(isProblem('Bad Gateway')).toBe(false);
  });
});
