import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../api/currentUser';
import { adoptingCities, canManage, canWithdraw } from './permissions';
import type { PracticeSummary } from './types';

const practice = {
  id: 1,
  city: 'rasht',
  adopted_by: [{ city: 'isfahan', note: '', adopted_at: '2026-11-01T10:00:00Z' }],
} as unknown as PracticeSummary;

function user(memberships: CurrentUser['memberships'], is_admin = false): CurrentUser {
  return {
    id: 1,
    email: 'x@example.org',
    display_name: 'X',
    preferred_language: 'en',
    is_admin,
    memberships,
  } as CurrentUser;
}

describe('who may do what with a practice', () => {
  it('lets delegates of other cities that have not adopted it adopt it', () => {
    const salo = user([
      { city: 'salo', role: 'organiser' },
      { city: 'salo', role: 'delegate' },
      { city: 'isfahan', role: 'delegate' },
      { city: 'rasht', role: 'delegate' },
      { city: 'izmir', role: 'organiser' },
    ]);
    expect(adoptingCities(salo, practice)).toEqual(['salo']);
    expect(adoptingCities(null, practice)).toEqual([]);
  });

  it('lets the owning city’s delegates manage it and adopters withdraw', () => {
    const rasht = user([{ city: 'rasht', role: 'delegate' }]);
    expect(canManage(rasht, practice)).toBe(true);
    expect(canManage(user([{ city: 'rasht', role: 'organiser' }]), practice)).toBe(false);
    expect(canManage(user([], true), practice)).toBe(true);
    expect(canWithdraw(user([{ city: 'isfahan', role: 'delegate' }]), 'isfahan')).toBe(true);
    expect(canWithdraw(rasht, 'isfahan')).toBe(false);
  });
});
