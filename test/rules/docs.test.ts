// Every registered rule has a documentation page whose anti-pattern triggers it and whose best practice does not.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../src/engine/rules';
import { unfilledPlaceholders } from '../../src/engine/rules/define-rule';
import { lintWithRule } from '../helpers/rule-tester';
import { lintText } from '../../src/engine/lint';
import { buildSnapshot } from '../../src/engine/owners/snapshot';
import { parsePeopleDirectory } from '../../src/engine/owners/parse-people';

const SECTIONS = ['## Why it matters', '## Anti-pattern', '## Best practice', '## Options'];

function yamlBlockAfter(page: string, heading: string): string | undefined {
  const start = page.indexOf(heading);
  if (start === -1) return undefined;
  const match = /```ya?ml\n([\s\S]*?)```/.exec(page.slice(start));
  return match?.[1];
}

describe('rule documentation', () => {
  it('registers every rule file, and each under the id of its file name (helpers-*, define-rule and index are not rules)', () => {
    const dir = join(__dirname, '..', '..', 'src', 'engine', 'rules');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !/^(index|define-rule|helpers-.*)\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    assert.deepEqual(files, allRules.map((r) => r.meta.id).sort());
  });

  it('tests every rule: a table in test/rules/<id>.test.ts, or in engine-reported.test.ts for syntax and schema rules', () => {
    const engineTable = readFileSync(join(__dirname, 'engine-reported.test.ts'), 'utf8');
    const untested = allRules
      .map((r) => r.meta.id)
      .filter((id) => !existsSync(join(__dirname, `${id}.test.ts`)) && !engineTable.includes(`rules/${id}'`));
    assert.deepEqual(untested, []);
  });

  it('grouping templates use only what grouping fills: {count}, {names} and {schema}', () => {
    const filled = { count: 2, names: 'a and b', schema: "schema 'orders'" };
    const wrong = allRules.flatMap((r) =>
      Object.entries(r.meta.grouping ?? {}).flatMap(([id, template]) =>
        unfilledPlaceholders(template as string, filled).map((name) => `${r.meta.id} ${id}: {${name}}`),
      ),
    );
    assert.deepEqual(wrong, []);
  });

  it('codes are unique and well formed, ids are kebab-case', () => {
    const codes = allRules.map((r) => r.meta.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const r of allRules) {
      assert.match(r.meta.code, /^DCL\d{3}$/);
      assert.match(r.meta.id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      assert.ok(r.meta.description.length > 10, `${r.meta.id} needs a description`);
    }
  });

  for (const rule of allRules) {
    const { id, code, group } = rule.meta;
    describe(`${id} (${code})`, () => {
      const file = `docs/rules/${id}.md`;
      it('has a page with every section', () => {
        assert.ok(existsSync(file), `missing ${file}`);
        const page = readFileSync(file, 'utf8');
        assert.ok(page.startsWith(`# ${id} (${code})`), `${file} must start with "# ${id} (${code})"`);
        for (const s of SECTIONS) assert.ok(page.includes(s), `${file} lacks "${s}"`);
      });
      it('the anti-pattern triggers it and the best practice does not', () => {
        const page = readFileSync(file, 'utf8');
        const bad = yamlBlockAfter(page, '## Anti-pattern');
        const good = yamlBlockAfter(page, '## Best practice');
        assert.ok(bad && good, `${file} needs a yaml block in Anti-pattern and Best practice`);
        const today = '2026-06-01';
        // Engine-reported rules (syntax, schema) come out of the whole pipeline; the others run alone.
        const engineRule = group === 'syntax' || group === 'schema';
        // Catalogue rules need a catalogue: their page shows the people directory the examples are checked against.
        const people = group === 'catalogue' ? yamlBlockAfter(page, '## Catalogue used in the examples') : undefined;
        const catalogue = people ? buildSnapshot([parsePeopleDirectory(people, 'people.yaml')]) : undefined;
        const run = (code: string) =>
          engineRule
            ? lintText(code, { today }).findings.filter((f) => f.ruleId === id)
            : lintWithRule(rule, { code, today, catalogue });
        assert.ok(
          run(bad).length > 0,
          `anti-pattern does not trigger the rule: ${JSON.stringify(lintText(bad, { today }).findings.map((f) => f.ruleId + ' ' + f.message))}`,
        );
        assert.deepEqual(
          run(good).map((f) => f.message),
          [],
          'best practice triggers the rule',
        );
      });
    });
  }
});
