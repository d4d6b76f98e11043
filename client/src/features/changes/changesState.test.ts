import { describe, expect, it } from 'vitest';
import { changesVariables, readChangesState } from './changesState';

const read = (search: string) => readChangesState(new URLSearchParams(search));

describe('the change feed filter', () => {
  it('reads the URL and ignores what it does not know', () => {
    expect(read('')).toEqual({ by: '', since: '', kinds: [] });
    expect(read('?by=planner&since=2026-01-31&changeKinds=initiative,bogus,dependency')).toEqual({
      by: 'planner',
      since: '2026-01-31',
      kinds: ['initiative', 'dependency'],
    });
    expect(read('?since=yesterday').since).toBe('');
  });

  it('asks the API for node labels and relationship types', () => {
    expect(changesVariables(read(''))).toEqual({ by: null, since: null, kinds: null });
    expect(changesVariables(read('?by=%20ola%20&changeKinds=dependency,risk'))).toEqual({
      by: 'ola',
      since: null,
      kinds: ['DEPENDS_ON', 'Risk', 'AFFECTS'],
    });
  });
});
