// Patterns come from contracts and configuration: untrusted input that must never run for long.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { boundedPattern } from '../../src/engine/bounded-pattern';

const ok = (source: string, unicode = true) => {
  const p = boundedPattern(source, { unicode });
  assert.equal(p.status, 'ok', `${source}: ${JSON.stringify(p)}`);
  return p as Extract<typeof p, { status: 'ok' }>;
};

describe('bounded patterns', () => {
  it('runs a catastrophic pattern in linear time', () => {
    const p = ok('^(a+)+$');
    const started = performance.now();
    assert.equal(p.test(`${'a'.repeat(35)}!`), false);
    assert.equal(p.test(`${'a'.repeat(100_000)}!`), false);
    assert.equal(p.test('aaaa'), true);
    const ms = performance.now() - started;
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });

  it('answers as RegExp.prototype.test does', () => {
    const cases: [string, string[]][] = [
      ['^[A-Z]{2}[0-9]{6}[A-D]$', ['QQ123456C', 'qq123456c', 'QQ123456C\n']],
      ['ORD-\\d+', ['x ORD-12 y', 'ord-1']],
      ['^\\w+@\\w+\\.\\w+$', ['a@b.io', 'a b@c.io']],
      ['^a.b$', ['a\rb', 'a\u2028b', 'axb', 'a\nb']],
      ['^\\s+$', ['\u00a0\u3000', '\v', ' x']],
      ['^\\S+$', ['\u00a0', 'ab']],
      ['^[^\\s]+$', ['a\u00a0b', 'ab']],
      ['^\\u00e9\\u{1F600}$', ['é😀', 'e😀']],
      ['^\\p{Lu}\\p{Ll}+$', ['Émile', 'émile']],
      ['^(?<year>\\d{4})-(?:\\d{2})$', ['2025-01', '2025-1']],
      ['^[\\-+]?\\d+(\\.\\d+)?$', ['-1.5', '+2', '1.']],
      ['^\\/api\\/v[0-9]$', ['/api/v1', 'api/v1']],
    ];
    for (const [source, texts] of cases) {
      const p = ok(source);
      for (const text of texts)
        assert.equal(p.test(text), new RegExp(source, 'u').test(text), `${source} on ${JSON.stringify(text)}`);
    }
  });

  it('reads escapes without the u flag as JavaScript does (naming-convention patterns)', () => {
    const cases: [string, string[]][] = [
      ['^\\a\\z\\p{L}$', ['az', 'azp{L}', 'ap{L}']],
      ['^\\Qx\\E$', ['QxE', 'x']],
      ['^\\u00e9\\x41\\xZ$', ['éAxZ', 'éAZ']],
      ['^[a-z]\\w*$', ['order_id', 'Order']],
    ];
    for (const [source, texts] of cases) {
      const p = ok(source, false);
      for (const text of texts)
        assert.equal(p.test(text), new RegExp(source).test(text), `${source} on ${JSON.stringify(text)}`);
    }
  });

  it('agrees with RegExp on values made to match and on arbitrary values', () => {
    const everyday = [
      '^[A-Z]{2}[0-9]{6}[A-D]$',
      '^[\\w.+-]+@[\\w-]+\\.[\\w.]+$',
      '^\\+?[0-9 ()-]{7,}$',
      '^(?:[01]\\d|2[0-3]):[0-5]\\d$',
      '^[a-z]+(?:-[a-z]+)*$',
      '^\\d+(\\.\\d{1,2})?$',
      '^https?://\\S+$',
      '^[^\\]]+$',
      '^\\p{L}[\\p{L} .-]*$',
      '^.{3,8}$',
    ];
    for (const source of everyday) {
      const re = new RegExp(source, 'u');
      const p = ok(source);
      fc.assert(
        fc.property(
          fc.oneof(fc.stringMatching(re), fc.string({ unit: 'grapheme' })),
          (text) => p.test(text) === re.test(text),
        ),
        { numRuns: 300 },
      );
    }
  });

  it('tells an invalid pattern (with the reason) from one it cannot run', () => {
    assert.deepEqual(boundedPattern('^(x', { unicode: true }), { status: 'invalid', reason: 'Unterminated group' });
    assert.deepEqual(boundedPattern('^(a)\\1$', { unicode: true }), {
      status: 'unchecked',
      construct: 'a backreference',
    });
    assert.deepEqual(boundedPattern('(?<=£)\\d+', { unicode: true }), {
      status: 'unchecked',
      construct: 'a lookbehind',
    });
    assert.deepEqual(boundedPattern('^(?!test)\\w+$', { unicode: true }), {
      status: 'unchecked',
      construct: 'a lookahead',
    });
    assert.equal(boundedPattern('^[^]*$', { unicode: true }).status, 'unchecked');
  });
});
