import { describe, expect, it } from 'vitest';
import { closest } from '../../src/graphql/warnings.js';

const SEED = [
  { name: 'B-cell lymphoma', names: ['B-cell lymphoma'] },
  { name: 'B-cell malignancy', names: ['B-cell malignancy', 'B-cell malignancies'] },
  { name: 'Hematologic malignancy', names: ['Hematologic malignancy'] },
  { name: 'Multiple myeloma', names: ['Multiple myeloma', 'MM'] },
];

describe('the closest names to what a client typed', () => {
  it.each([
    ['lymphoma', ['B-cell lymphoma']],
    ['myelomma', ['Multiple myeloma']],
    ['B cell malignancy', ['B-cell malignancy']],
    ['malignancy', ['B-cell malignancy', 'Hematologic malignancy']],
    ['glioma', []],
    ['   ', []],
  ])('%j → %j', (typed, expected) => {
    expect(closest(typed, SEED)).toEqual(expected);
  });

  it('does not let a short synonym inside what was typed match it', () => {
    expect(closest('small cell lung cancer', [{ name: 'Acute lymphoblastic leukemia', names: ['Acute lymphoblastic leukemia', 'ALL'] }])).toEqual([]);
  });

  it('gives at most as many as asked, best first', () => {
    expect(closest('b-cell', SEED, 1)).toEqual(['B-cell lymphoma']);
  });
});
