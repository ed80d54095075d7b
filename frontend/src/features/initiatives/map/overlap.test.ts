import { describe, expect, it } from 'vitest';
import { groupOverlapping } from './overlap';

describe('groupOverlapping', () => {
  it('groups the points closer than the radius and keeps the others apart', () => {
    const groups = groupOverlapping(
      [
        { x: 100, y: 100, item: 'a' },
        { x: 110, y: 104, item: 'b' },
        { x: 300, y: 100, item: 'c' },
        { x: 96, y: 96, item: 'd' },
      ],
      24,
    );
    expect(groups.map((group) => group.items)).toEqual([['a', 'b', 'd'], ['c']]);
    expect(groups[0]).toMatchObject({ x: 102, y: 100 });
  });

  it('keeps every point alone when none overlap', () => {
    const points = [0, 50, 100].map((x) => ({ x, y: 0, item: x }));
    expect(groupOverlapping(points, 24)).toHaveLength(3);
  });

  it('groups points at the very same place', () => {
    const points = [1, 2, 3].map((item) => ({ x: 5, y: 5, item }));
    expect(groupOverlapping(points, 24)).toEqual([{ x: 5, y: 5, items: [1, 2, 3] }]);
  });
});
