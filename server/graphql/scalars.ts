// Scalars for the portfolio's own kinds of value: dates with precision, days, durations, money.
import { GraphQLError } from 'graphql';
import { toDayNumber, tryParsePrecisionDate } from '../domain/dates/index.js';
import { builder } from './builder.js';

function fail(scalar: string, value: unknown, expected: string): never {
  throw new GraphQLError(`${scalar} cannot represent ${JSON.stringify(value)}: expected ${expected}.`, {
    extensions: { code: 'VALIDATION' },
  });
}

builder.scalarType('PrecisionDate', {
  description:
    'A date with its precision, in canonical form: day 2023-10-15, month 2023-10, quarter 2023-Q1, half-year 2022-H2, year 2029.',
  serialize: (v) => String(v),
  parseValue: (v) => {
    const parsed = typeof v === 'string' || typeof v === 'number' ? tryParsePrecisionDate(String(v)) : null;
    return (
      parsed?.text ?? fail('PrecisionDate', v, 'a date such as 2023-10-15, 2023-10, 2023-Q1, 2022-H2 or 2029')
    );
  },
});

builder.scalarType('Day', {
  description: 'A calendar day, ISO 8601 (2023-10-15).',
  serialize: (v) => String(v),
  parseValue: (v) => {
    if (typeof v !== 'string') fail('Day', v, 'a day such as 2023-10-15');
    // Years far outside the portfolio's are refused: a period from year 0 is only work for the server.
    const year = Number(v.slice(0, 4));
    if (!(year >= 1900 && year <= 2199)) fail('Day', v, 'a day in the years 1900–2199');
    try {
      toDayNumber(v);
      return v;
    } catch {
      return fail('Day', v, 'a day such as 2023-10-15');
    }
  },
});

builder.scalarType('Days', {
  description: 'A duration in calendar days (may be negative for a lead).',
  serialize: (v) => Number(v),
  parseValue: (v) =>
    typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 36_500
      ? v
      : fail('Days', v, 'a whole number of days'),
});

builder.scalarType('NOK', {
  description: 'An amount in Norwegian kroner.',
  serialize: (v) => Number(v),
  parseValue: (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fail('NOK', v, 'a non-negative amount'),
});
