// The comparison a quality rule or SLA promises (`mustBe: 0`, `mustBeBetween: [10, 20]`), and judging a number by it.
import { OPERATORS } from '../model/model-quality';
import type { Expectation, Operator } from './types';

export type ReadExpectation = { expectation: Expectation } | { missing: true } | { problem: string };

/** The one operator of a rule with a number (or a pair for the between operators); unit rows unless percent. */
export function readExpectation(rule: Record<string, unknown>): ReadExpectation {
  const present = OPERATORS.filter((op) => op in rule);
  if (present.length === 0) return { missing: true };
  if (present.length > 1) return { problem: `it has ${present.length} operators (${present.join(', ')}); keep one` };
  const operator = present[0];
  const raw = rule[operator];
  const unit = typeof rule.unit === 'string' && /^\s*percent(age)?\s*$/i.test(rule.unit) ? 'percent' : 'rows';
  if (operator === 'mustBeBetween' || operator === 'mustNotBeBetween') {
    if (!Array.isArray(raw) || raw.length !== 2 || !raw.every((n) => typeof n === 'number' && Number.isFinite(n)))
      return { problem: `${operator} needs two numbers, e.g. [0, 10]` };
    const [a, b] = raw as number[];
    return { expectation: { operator, value: [Math.min(a, b), Math.max(a, b)], unit } };
  }
  const value = typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value)) return { problem: `${operator} needs a number` };
  return { expectation: { operator, value, unit } };
}

/** Whether the measured number keeps the promise. */
export function meets(actual: number, e: Expectation): boolean {
  const v = e.value;
  if (Array.isArray(v)) {
    const inside = actual >= v[0] && actual <= v[1];
    return e.operator === 'mustBeBetween' ? inside : !inside;
  }
  switch (e.operator) {
    case 'mustBe':
      return actual === v;
    case 'mustNotBe':
      return actual !== v;
    case 'mustBeGreaterThan':
      return actual > v;
    case 'mustBeGreaterOrEqualTo':
      return actual >= v;
    case 'mustBeLessThan':
      return actual < v;
    case 'mustBeLessOrEqualTo':
      return actual <= v;
    default:
      return false;
  }
}

/** "mustBe 0", "mustBeBetween 10 and 20", "mustBeLessThan 5 percent". */
export function describeExpectation(e: Expectation, unitText?: string): string {
  const value = Array.isArray(e.value) ? `${e.value[0]} and ${e.value[1]}` : String(e.value);
  const unit = unitText ?? (e.unit === 'percent' ? ' percent' : '');
  return `${e.operator} ${value}${unit}`;
}

const WORDS: Record<Operator, string> = {
  mustBe: '',
  mustNotBe: 'not ',
  mustBeGreaterThan: 'more than ',
  mustBeGreaterOrEqualTo: 'at least ',
  mustBeLessThan: 'less than ',
  mustBeLessOrEqualTo: 'at most ',
  mustBeBetween: 'between ',
  mustNotBeBetween: 'not between ',
};

/** "expected 0", "expected at most 5%", "expected between 10 and 20". */
export function expectedInWords(e: Expectation, format: (n: number) => string): string {
  const v = e.value;
  const value = Array.isArray(v) ? `${format(v[0])} and ${format(v[1])}` : format(v);
  return `expected ${WORDS[e.operator]}${value}`;
}
