import { describe, expect, it } from 'vitest';
import { filenameFrom, newIdempotencyKey } from './files';

describe('filenameFrom', () => {
  it('reads the suggested name', () => {
    expect(
      filenameFrom('attachment; filename="session-7-participants.csv"', 'participants.csv'),
    ).toBe('session-7-participants.csv');
    expect(filenameFrom("attachment; filename*=UTF-8''todistus%20%C3%A4.pdf", 'x.pdf')).toBe(
      'todistus ä.pdf',
    );
  });

  it('falls back when there is none', () => {
    expect(filenameFrom(null, 'certificate.pdf')).toBe('certificate.pdf');
    expect(filenameFrom('inline', 'certificate.pdf')).toBe('certificate.pdf');
  });
});

describe('newIdempotencyKey', () => {
  it('is a fresh UUID each time', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});
