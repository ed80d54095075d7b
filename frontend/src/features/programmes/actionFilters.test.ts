import { describe, expect, it } from 'vitest';
import { actionFilterParams, activeActionFilters, parseActionFilters } from './actionFilters';

describe('the action table’s filters in the address', () => {
  it('reads the statuses, ratings, themes and order, dropping what cannot be right', () => {
    const filters = parseActionFilters(
      new URLSearchParams(
        'status=ongoing&status=planned&status=lost&rag=red&rag=none&rag=pink&theme=energy&sort=-funding_gap',
      ),
    );
    expect(filters).toEqual({
      status: ['planned', 'ongoing'],
      rag: ['red', 'none'],
      theme: ['energy'],
      sort: '-funding_gap',
    });
    expect(activeActionFilters(filters)).toBe(5);
  });

  it('ignores an unknown order', () => {
    expect(parseActionFilters(new URLSearchParams('sort=title')).sort).toBeNull();
  });

  it('writes them back and keeps the rest of the address', () => {
    const params = actionFilterParams(
      { status: ['done'], rag: [], theme: ['water'], sort: 'due_date' },
      new URLSearchParams('tab=actions&status=planned'),
    );
    expect(params.toString()).toBe('tab=actions&status=done&theme=water&sort=due_date');
  });
});
