import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { problemPlacer } from '../content/problemFields';
import { practiceKind } from './practiceKind';

const { formFieldFor, placeFieldErrors } = problemPlacer(practiceKind);

const i18n = { t: (msgid: string) => msgid };

describe('placing the API’s messages in the editor', () => {
  it('puts text errors in their language tab', () => {
    expect(formFieldFor('body.translations.fa.title', ['fa', 'en'])).toBe('translations.fa.title');
    expect(formFieldFor('translations.en', ['fa', 'en'])).toBe('translations.en');
    expect(formFieldFor('translations.fi.title', ['fa'])).toBe('original_language');
    expect(formFieldFor('sdgs.0', ['fa'])).toBe('sdgs');
    expect(formFieldFor('initiative_ids', ['fa'])).toBe('initiative_ids');
    expect(formFieldFor('version', ['fa'])).toBeNull();
  });

  it('marks the tabs with errors and keeps the rest for the alert', () => {
    const error = new ApiError(422, {
      title: 'Invalid',
      status: 422,
      detail: 'Some fields need fixing.',
      errors: [
        { field: 'body.translations.en.title', message: 'Too short.' },
        { field: 'body.something', message: 'Odd.' },
      ],
    });
    const placed = placeFieldErrors(error, ['fa', 'en'], i18n);
    expect(placed.fields).toEqual({ 'translations.en.title': 'Too short.' });
    expect(placed.tabs).toEqual(['en']);
    expect(placed.alerts).toEqual(['Some fields need fixing.', 'Odd.']);
  });
});
