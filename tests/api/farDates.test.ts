// Dates far in the future are reported, never crashed on: a delay that pushes a schedule past year
// 9999 answers VALIDATION naming the item and the day, not INTERNAL. Test records get ids "test-…".
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asRole, seededApp } from '../support/app.js';

const ctx = seededApp();
const run = randomUUID().slice(0, 8);
const id = (name: string) => `test-${run}-${name}`;

describe('dates past year 9999', () => {
  it.each([
    ['the delayed item itself', 'far', 36_500, 'VALIDATION'],
    ['an item well within the years', 'near', 30, null],
  ])('impact on %s', async (_what, name, days, code) => {
    const start = name === 'far' ? '9990-01' : '2030-01';
    const created = await ctx.app.graphql(
      `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`,
      { input: { id: id(name), name: `far ${name}`, kind: 'PROJECT', start, end: start } },
      asRole('planner'),
    );
    expect(created.errors).toBeUndefined();
    const res = await ctx.app.graphql<{ impact: { affected: { newEnd: { date: { label: string } } }[] } }>(
      `query($id: ID!, $days: Days!) { impact(delays: [{ id: $id, days: $days }]) {
         affected { newEnd { day date { label firstDay } } } } }`,
      { id: id(name), days },
    );
    await ctx.db.write((tx) => tx.run('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: id(name) }));
    if (code === null) {
      expect(res.errors).toBeUndefined();
      expect(res.data?.impact.affected[0]?.newEnd.date.label).toMatch(/2030/);
    } else {
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      expect(res.errors?.[0]?.extensions?.messageEn).toMatch(
        /"far far" would fall on \d{5}-\d\d-\d\d, outside the years 1–9999/,
      );
    }
  });
});
