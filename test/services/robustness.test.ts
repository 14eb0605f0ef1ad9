import assert from 'node:assert/strict';
import fc from 'fast-check';
import { getCompletions } from '../../src/engine/services/completion';
import { getHover } from '../../src/engine/services/hover';
import { guidanceAt } from '../../src/engine/services/guidance';
import { getCodeLenses } from '../../src/engine/services/code-lens';
import { WELL_SPECIFIED } from './contracts';

// Cut the contract anywhere and insert typical half-typed fragments: the services answer and never throw.
const fragments = fc.constantFrom(
  '',
  '- ',
  'lo',
  'logicalType: ',
  'quality:\n  - ',
  '  ',
  '\t',
  '"',
  "'",
  '[',
  '{',
  '|',
  '#',
  ':',
  '\n',
  'to: [a.',
  'query: |\n  SELECT {',
);

describe('services on text being typed', () => {
  it('never throw, wherever the cursor is', () => {
    fc.assert(
      fc.property(
        fc.nat(WELL_SPECIFIED.length),
        fragments,
        fc.nat(60),
        fc.nat(40),
        (cut, fragment, line, character) => {
          const text = WELL_SPECIFIED.slice(0, cut) + fragment + WELL_SPECIFIED.slice(cut);
          const position = { line, character };
          const items = getCompletions(text, position, {
            ownerCandidates: () => [{ id: 'a', name: 'A', score: 0.5, evidence: [] }],
          });
          assert.ok(Array.isArray(items));
          for (const item of items) assert.ok(item.textEdit.range.start.line === item.textEdit.range.end.line);
          const hover = getHover(text, position, {
            lint: { isContract: true, documents: [], findings: [] },
            describePerson: () => 'someone',
          });
          if (hover) assert.ok(hover.markdown.length > 0);
          guidanceAt(text, position);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('CodeLens never throws on a contract cut short', () => {
    fc.assert(
      fc.property(fc.nat(WELL_SPECIFIED.length), (cut) => {
        assert.ok(Array.isArray(getCodeLenses(WELL_SPECIFIED.slice(0, cut), { today: '2026-11-27' })));
      }),
      { numRuns: 20 },
    );
  });
});
