import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { formErrors } from './formErrors';

const t = (msgid: string) => `«${msgid}»`;

describe('formErrors', () => {
  it('puts field messages beside the fields and the detail in the alert', () => {
    const error = new ApiError(422, {
      title: 'Invalid input',
      status: 422,
      detail: 'Some fields need correcting.',
      errors: [
        { field: 'body.password', message: 'Enter at least 10 characters.' },
        { field: 'body.invitation', message: 'This invitation has expired.' },
      ],
    });
    expect(formErrors(error, ['email', 'password'], { t })).toEqual({
      fields: {
        password: 'Enter at least 10 characters.',
        invitation: 'This invitation has expired.',
      },
      alerts: ['Some fields need correcting.', 'This invitation has expired.'],
    });
  });

  it('shows the server’s detail of a refused log-in', () => {
    const error = new ApiError(401, {
      title: 'Sign-in required',
      status: 401,
      detail: 'The e-mail address or password is wrong.',
    });
    expect(formErrors(error, ['email', 'password'], { t }).alerts).toEqual([
      'The e-mail address or password is wrong.',
    ]);
  });

  it('explains a network failure in the reader’s language', () => {
    const { alerts } = formErrors(new TypeError('Failed to fetch'), [], { t });
    expect(alerts).toEqual([
      '«Polylog could not be reached.» «Check your internet connection and try again.»',
    ]);
  });

  it('has nothing to say before a submission fails', () => {
    expect(formErrors(null, ['email'], { t })).toEqual({ fields: {}, alerts: [] });
  });
});
