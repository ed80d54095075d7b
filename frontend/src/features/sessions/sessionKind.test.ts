import { describe, expect, it } from 'vitest';
import { changesSince, defaultChoices, mergeStates } from '../content/merge';
import { draftFromSessionState, sessionKind, sessionStateOf, stateOfSession } from './sessionKind';
import { SESSION } from './testFixtures';

const base = stateOfSession(SESSION);
const context = { host_city: SESSION.host_city, timezone: SESSION.timezone };

describe('the session’s editable state', () => {
  it('comes back from its form as the same instants, written on the host’s clocks', () => {
    const again = sessionStateOf(draftFromSessionState(base, context));
    expect(again.starts_at).toBe('2027-01-14T10:00:00+02:00');
    expect(sessionKind.comparable(again)).toEqual(sessionKind.comparable(base));
  });

  it('keeps what the form alone holds when it is filled from a state', () => {
    const draft = draftFromSessionState(base, { ...context, series: 'ignored', repeat: true });
    expect(draft).toMatchObject({ repeat: true, series: '', date: '2027-01-14', start: '10:00' });
  });
});

describe('merging a stale session edit', () => {
  const theirs = { ...base, capacity: 40, starts_at: '2027-01-14T09:00:00Z' };
  const mine = {
    ...sessionStateOf(draftFromSessionState(base, context)),
    starts_at: '2027-01-14T12:00:00+02:00',
    venue: 'Salo library',
  };

  it('asks about times both changed, not about times written another way', () => {
    const changes = changesSince(sessionKind, base, theirs, mine);
    expect(changes.map((change) => change.key)).toEqual(['starts_at', 'capacity']);
    expect(defaultChoices(changes)).toEqual({ starts_at: 'mine', capacity: 'theirs' });
  });

  it('keeps the user’s other changes on top of theirs', () => {
    const changes = changesSince(sessionKind, base, theirs, mine);
    const merged = mergeStates(sessionKind, theirs, mine, changes, defaultChoices(changes));
    expect(merged).toMatchObject({
      starts_at: '2027-01-14T12:00:00+02:00',
      capacity: 40,
      venue: 'Salo library',
    });
  });
});
