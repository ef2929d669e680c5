import type { Entity } from '../shared/graph-reader.js';
import { ComparisonPosition } from './readout.type.js';

/**
 * Given an observed readout and a comparator, returns where the observed value falls against the comparator's
 * range (or single value), as the `aboveComparatorRange` filter reads it: above its upper end, below its lower end,
 * within both; null when a side lacks the numbers to say, or the units differ.
 */
export function comparisonPosition(observed: Entity, comparator: Entity): keyof typeof ComparisonPosition | null {
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
  const value = number(observed.value);
  const low = number(comparator.low) ?? number(comparator.value);
  const high = number(comparator.high) ?? number(comparator.value);
  if (value === undefined || (observed.unit ?? null) !== (comparator.unit ?? null)) return null;
  if (high !== undefined && value > high) return 'ABOVE_RANGE';
  if (low !== undefined && value < low) return 'BELOW_RANGE';
  return low !== undefined && high !== undefined ? 'WITHIN_RANGE' : null;
}
