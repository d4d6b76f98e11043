import { describe, expect, it } from 'vitest';
import { en, nb } from '../../i18n/messages';
import { deleteQuestion } from './deleteText';

describe('deleteQuestion', () => {
  it('names the tiltak with what goes with it', () => {
    expect(deleteQuestion({ kind: 'initiative', name: 'X', milestones: 3, dependencies: 5 }, nb)).toBe(
      'Slett tiltaket «X» med 3 milepæler og 5 avhengigheter?',
    );
    expect(deleteQuestion({ kind: 'initiative', name: 'X', milestones: 3, dependencies: 5 }, en)).toBe(
      'Delete the tiltak “X” with 3 milestones and 5 dependencies?',
    );
  });

  it('uses the singular for one, and leaves out what is not there', () => {
    expect(deleteQuestion({ kind: 'initiative', name: 'X', milestones: 1, dependencies: 0 }, nb)).toBe(
      'Slett tiltaket «X» med 1 milepæl?',
    );
    expect(deleteQuestion({ kind: 'milestone', name: 'M', dependencies: 1 }, nb)).toBe(
      'Slett milepælen «M» med 1 avhengighet?',
    );
    expect(deleteQuestion({ kind: 'dependency', name: 'A → B' }, nb)).toBe('Slett avhengigheten «A → B»?');
    expect(deleteQuestion({ kind: 'scenario', name: 'S' }, en)).toBe('Delete the scenario “S”?');
  });
});
