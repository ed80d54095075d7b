import { describe, expect, it } from 'vitest';
import { isolate } from './bidi';

describe('isolate', () => {
  it('wraps text in first-strong isolate and pop directional isolate', () => {
    expect(isolate('İzmir')).toBe('\u2068İzmir\u2069');
  });
});
