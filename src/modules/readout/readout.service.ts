import type { Entity } from '../shared/graph-reader.js';
import { ComparisonPosition } from './readout.type.js';

/**
 * Given an observed readout and a comparator, returns where the observed value falls against the comparator's
 * range (or single value), or null when either lacks a number. Only values of the same unit are compared.
 */
export function comparisonPosition(observed: Entity, comparator: Entity): keyof typeof ComparisonPosition | null {
  const value = observed.value;
  const low = typeof comparator.low === 'number' ? comparator.low : comparator.value;
  const high = typeof comparator.high === 'number' ? comparator.high : comparator.value;
  if (typeof value !== 'number' || typeof low !== 'number' || typeof high !== 'number') return null;
  if (observed.unit !== comparator.unit) return null;
  if (value > high) return 'ABOVE_RANGE';
  if (value < low) return 'BELOW_RANGE';
  return 'WITHIN_RANGE';
}
