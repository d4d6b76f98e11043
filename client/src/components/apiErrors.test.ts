import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeApiErrors } from './apiErrors';

const graphqlError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('describeApiErrors', () => {
  const validation = graphqlError('Invalid input', {
    code: 'VALIDATION',
    messageNb: 'Ugyldige felter',
    messageEn: 'Invalid fields',
    problems: [
      { field: 'name', message: 'Navn mangler' },
      { field: 42, message: 'not a field name' },
      'junk',
    ],
  });
  const cycle = graphqlError('cycle', {
    code: 'CYCLE',
    messageNb: 'Avhengigheten ville gitt en sirkel',
    messageEn: 'The dependency would close a cycle',
    cycle: ['persontjenesten', 'helseplattformen', 7, 'persontjenesten'],
  });

  it.each([
    [
      'nb',
      validation,
      {
        code: 'VALIDATION',
        message: 'Ugyldige felter',
        problems: [{ field: 'name', message: 'Navn mangler' }],
        cycle: [],
      },
    ],
    [
      'en',
      validation,
      {
        code: 'VALIDATION',
        message: 'Invalid fields',
        problems: [{ field: 'name', message: 'Navn mangler' }],
        cycle: [],
      },
    ],
    [
      'nb',
      cycle,
      {
        code: 'CYCLE',
        message: 'Avhengigheten ville gitt en sirkel',
        problems: [],
        cycle: ['persontjenesten', 'helseplattformen', 'persontjenesten'],
      },
    ],
    [
      'en',
      graphqlError('Raw server text', {}),
      { code: 'UNKNOWN', message: 'Raw server text', problems: [], cycle: [] },
    ],
  ] as const)('describes a GraphQL error in %s', (locale, error, expected) => {
    expect(describeApiErrors(error, locale)).toEqual([expected]);
  });

  it('keeps every error of a response', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: 'a', extensions: { code: 'NOT_FOUND', messageEn: 'No such item' } },
        { message: 'b', extensions: { code: 'FORBIDDEN', messageEn: 'Planner only' } },
      ],
    });
    expect(describeApiErrors(error, 'en').map((e) => [e.code, e.message])).toEqual([
      ['NOT_FOUND', 'No such item'],
      ['FORBIDDEN', 'Planner only'],
    ]);
  });

  it.each([
    [
      new TypeError('Failed to fetch'),
      { code: 'NETWORK', message: 'Failed to fetch', problems: [], cycle: [] },
    ],
    ['boom', { code: 'UNKNOWN', message: 'boom', problems: [], cycle: [] }],
  ])('describes %s as a non-GraphQL error', (error, expected) => {
    expect(describeApiErrors(error, 'nb')).toEqual([expected]);
  });
});
