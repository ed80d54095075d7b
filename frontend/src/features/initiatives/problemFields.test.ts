import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { problemPlacer } from '../content/problemFields';
import { initiativeKind } from './initiativeKind';

const { formFieldFor, placeFieldErrors } = problemPlacer(initiativeKind);

const t = (msgid: string) => msgid;

describe('formFieldFor', () => {
  it('puts a translation’s field in its language tab', () => {
    expect(formFieldFor('translations.tr.title', ['tr', 'en'])).toBe('translations.tr.title');
    expect(formFieldFor('body.translations.en.summary', ['tr', 'en'])).toBe(
      'translations.en.summary',
    );
    expect(formFieldFor('translations.en', ['tr', 'en'])).toBe('translations.en');
  });

  it('puts a language without a tab on the original language', () => {
    expect(formFieldFor('translations.fi', ['tr'])).toBe('original_language');
  });

  it('puts an item of a list on the list', () => {
    expect(formFieldFor('sdgs.0', [])).toBe('sdgs');
    expect(formFieldFor('partners.12', [])).toBe('partners');
  });

  it('knows the location’s parts and the plain fields', () => {
    expect(formFieldFor('location.lng', [])).toBe('location.lng');
    expect(formFieldFor('location', [])).toBe('location.lat');
    expect(formFieldFor('end_date', [])).toBe('end_date');
    expect(formFieldFor('funding', [])).toBeNull();
  });
});

describe('placeFieldErrors', () => {
  const error = new ApiError(422, {
    title: 'Geçersiz giriş',
    status: 422,
    detail: 'Bazı alanların düzeltilmesi gerekiyor.',
    errors: [
      { field: 'translations.tr.title', message: 'En az 3 karakter girin.' },
      { field: 'translations.en.title', message: 'Bu alan boş bırakılamaz.' },
      { field: 'end_date', message: 'Bitiş tarihi başlangıç tarihinden önce olamaz.' },
      { field: 'funding', message: 'Bilinmeyen alan.' },
    ],
  });

  it('marks the tabs that hold an error, in tab order', () => {
    expect(placeFieldErrors(error, ['en', 'tr', 'fa'], { t }).tabs).toEqual(['en', 'tr']);
  });

  it('shows the detail and what no field shows in the alert', () => {
    const placed = placeFieldErrors(error, ['tr', 'en'], { t });
    expect(placed.fields).toEqual({
      'translations.tr.title': 'En az 3 karakter girin.',
      'translations.en.title': 'Bu alan boş bırakılamaz.',
      end_date: 'Bitiş tarihi başlangıç tarihinden önce olamaz.',
    });
    expect(placed.alerts).toEqual(['Bazı alanların düzeltilmesi gerekiyor.', 'Bilinmeyen alan.']);
  });

  it('joins several messages about one field', () => {
    const twice = new ApiError(422, {
      title: 'Invalid input',
      status: 422,
      errors: [
        { field: 'sdgs.0', message: 'Give a number up to 17.' },
        { field: 'sdgs.1', message: 'Give each goal once.' },
      ],
    });
    expect(placeFieldErrors(twice, [], { t }).fields).toEqual({
      sdgs: 'Give a number up to 17. Give each goal once.',
    });
  });

  it('explains a network failure in the alert', () => {
    const placed = placeFieldErrors(new TypeError('Failed to fetch'), ['tr'], { t });
    expect(placed.fields).toEqual({});
    expect(placed.alerts[0]).toContain('Polylog could not be reached.');
  });
});
