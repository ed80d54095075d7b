import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { createTranslator } from '../../i18n/translate';
import { problemPlacer } from '../content/problemFields';
import { sessionKind } from './sessionKind';

const { formFieldFor: sessionFieldFor, placeFieldErrors: placeSessionErrors } =
  problemPlacer(sessionKind);

describe('sessionFieldFor', () => {
  it('places texts in their language tab', () => {
    expect(sessionFieldFor('body.translations.fi.title', ['fi', 'en'])).toBe(
      'translations.fi.title',
    );
    expect(sessionFieldFor('translations.en', ['fi', 'en'])).toBe('translations.en');
    expect(sessionFieldFor('translations.tr.title', ['fi'])).toBe('original_language');
  });

  it('places times, series rows and lists', () => {
    expect(sessionFieldFor('body.starts_at', [])).toBe('date');
    expect(sessionFieldFor('ends_at', [])).toBe('end');
    expect(sessionFieldFor('registration_closes_at', [])).toBe('closes');
    expect(sessionFieldFor('body.occurrences.2.ends_at', [])).toBe('occurrences.2');
    expect(sessionFieldFor('languages.0', [])).toBe('languages');
    expect(sessionFieldFor('online_url', [])).toBe('online_url');
    expect(sessionFieldFor('something_else', [])).toBeNull();
  });
});

describe('placeSessionErrors', () => {
  it('splits messages between fields, tabs and the alert', () => {
    const error = new ApiError(422, {
      title: 'Invalid input',
      status: 422,
      detail: 'Please correct the marked fields.',
      errors: [
        { field: 'body.translations.fi.title', message: 'Too short.' },
        { field: 'body.ends_at', message: 'The session must end after it starts.' },
        { field: 'body.mystery', message: 'Unknown.' },
      ],
    });
    const placed = placeSessionErrors(
      error,
      ['en', 'fi'],
      createTranslator('en', { messages: {} }),
    );
    expect(placed).toEqual({
      fields: {
        'translations.fi.title': 'Too short.',
        end: 'The session must end after it starts.',
      },
      tabs: ['fi'],
      alerts: ['Please correct the marked fields.', 'Unknown.'],
    });
  });
});
