import assert from 'node:assert/strict';
import { getHover, HOVER_MAX_LINES, renderGuidance, visualLines } from '../../src/engine/services/hover';
import { guidanceForPath } from '../../src/engine/services/guidance';
import { escapeMarkdown, MARKDOWN_COMMANDS } from '../../src/engine/services/markdown';
import { lintText } from '../../src/engine/lint';
import { caret } from './caret';
import { BARE_ORDERS, WELL_SPECIFIED } from './contracts';

const today = '2026-11-27';

describe('getHover', () => {
  it('explains the key under the cursor and spans the whole key', () => {
    const { text, position } = caret(
      WELL_SPECIFIED.replace('    dataGranularityDescription:', '    dataGranularity|Description:'),
    );
    const hover = getHover(text, position, { today });
    assert.ok(hover);
    assert.match(hover.markdown, /^\*\*dataGranularityDescription\*\* — table \(schema object\)/);
    assert.match(hover.markdown, /What one row stands for/);
    assert.match(hover.markdown, /```yaml\ndataGranularityDescription: /);
    assert.equal(hover.range.start.character, 4);
    assert.equal(hover.range.end.character, 4 + 'dataGranularityDescription'.length);
  });

  it('explains the key of the value under the cursor, with its allowed values', () => {
    const { text, position } = caret(
      WELL_SPECIFIED.replace('        logicalType: timestamp', '        logicalType: time|stamp'),
    );
    const hover = getHover(text, position, { today });
    assert.ok(hover);
    assert.match(hover.markdown, /\*\*logicalType\*\* — property \(column\)/);
    assert.match(hover.markdown, /\*Allowed:\* .*`timestamp`/);
    assert.equal(
      text.split('\n')[hover.range.start.line].slice(hover.range.start.character, hover.range.end.character),
      'timestamp',
    );
  });

  it('says what the value under the cursor means', () => {
    const { text, position } = caret(
      WELL_SPECIFIED.replace('            metric: duplicateValues', '            metric: duplicate|Values'),
    );
    assert.match(
      getHover(text, position, { today })?.markdown ?? '',
      /^`duplicateValues`: Counts the rows whose value \(or combination of values\) appears more than once\./,
    );
    const role = caret(WELL_SPECIFIED.replace('      role: Data Custodian', '      role: data cust|odian'));
    assert.match(
      getHover(role.text, role.position, { today })?.markdown ?? '',
      /^`data custodian`: Looks after the data technically/,
    );
  });

  // A key marked neither required nor unique: primary-key-required-unique reports it at `primaryKey`.
  const looseKey = BARE_ORDERS.replace('        required: true\n        unique: true\n', '').replace(
    '        primaryKey: true',
    '        primary|Key: true',
  );

  it('shows the guidance first and each problem once, as a "See:" line, never a copy of its message', () => {
    const { text, position } = caret(looseKey);
    const lint = lintText(text, { today });
    const message = lint.findings.find((f) => f.ruleId === 'primary-key-required-unique')?.message;
    assert.ok(message, 'the rule reports the key');
    const markdown = getHover(text, position, { today, lint })?.markdown ?? '';
    assert.match(markdown, /^\*\*primaryKey\*\* — property \(column\)/, 'guidance first');
    assert.doesNotMatch(markdown, /\*\*(Error|Warning|Info|Hint):\*\*/);
    assert.ok(
      !markdown.includes(escapeMarkdown(message)) && !markdown.includes(message),
      'the editor already shows the message',
    );
    const see = `See: [primary-key-required-unique](command:dclens.showRuleDocumentation?${encodeURIComponent('["primary-key-required-unique"]')})`;
    assert.equal(markdown.split(see).length - 1, 1, 'one line for the rule');
    assert.ok(markdown.indexOf(see) > markdown.indexOf('```yaml'), 'after the guidance');
    const url = getHover(text, position, { today, lint, docsLinks: 'url' })?.markdown ?? '';
    assert.match(url, /See: \[primary-key-required-unique\]\(https:\/\/[^)]+\/primary-key-required-unique\.md\)/);
    assert.doesNotMatch(url, /command:/, 'editors that run no commands get the page address');
  });

  it('shows what the message leaves out (its detail) above the rule link, with names from the contract escaped', () => {
    const body = (name: string, type: string) =>
      `apiVersion: v3.1.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nstatus: active\nschema:\n  - name: ${name}\n    properties:\n      - name: placed_at\n        logicalType: ${type}\n`;
    const { text, position } = caret(body('orders', 'calen|dar'));
    const lint = lintText(text, { today });
    const finding = lint.findings.find((f) => f.ruleId === 'schema-invalid-enum');
    assert.equal(
      finding?.message,
      "Replace logicalType 'calendar' of property 'placed_at' in schema 'orders' with an allowed value.",
    );
    const markdown = getHover(text, position, { today, lint })?.markdown ?? '';
    const detail =
      'Allowed values of logicalType: string, date, timestamp, time, number, integer, object, array, boolean.';
    assert.ok(markdown.includes(detail), markdown);
    assert.ok(markdown.indexOf(detail) < markdown.indexOf('See: [schema-invalid-enum]'), 'the detail, then the rule');
    // a name the message cuts short is given whole, as code; the contract's own text never becomes a link
    const long = `[click](https://example.com)_${'x'.repeat(120)}`;
    const quoted = caret(body(`"${long}"`, 'calen|dar'));
    const hover = getHover(quoted.text, quoted.position, { today })?.markdown ?? '';
    assert.ok(hover.includes(`\`${long}\``), hover);
    assert.ok(!hover.replace(`\`${long}\``, '').includes('[click](https'), hover);
  });

  it('at every place of a grouped finding, links the rule once', () => {
    const props = ['order_id', 'customer_id', 'amount']
      .map((n) => `      - name: ${n}\n        logicalType: string\n`)
      .join('');
    const base = `apiVersion: v3.2.0\nkind: DataContract\nid: orders\nversion: 1.0.0\nschema:\n  - name: orders\n    properties:\n${props}`;
    const grouped = lintText(base).findings.find((f) => f.ruleId === 'property-description');
    assert.equal(grouped?.related?.length, 3, 'the three undocumented properties are one finding');
    const { text, position } = caret(base.replace('- name: amount', '- na|me: amount'));
    const markdown = getHover(text, position, { today })?.markdown ?? '';
    assert.equal(markdown.match(/See: \[property-description\]/g)?.length, 1);
    assert.doesNotMatch(markdown, /3 properties/);
  });

  it('is never longer than an editor shows without clipping, at any key of a contract full of problems', () => {
    const text = `${BARE_ORDERS.replace('status: active\n', 'status: drafty\nteam:\n  - username: TODO-username\n    role: Data Custodian\n')}`;
    const lint = lintText(text, { today });
    const lines = text.split('\n');
    let longest = 0;
    lines.forEach((line, i) => {
      for (const character of [line.search(/\S/), line.indexOf(':') + 2]) {
        if (character < 0 || character > line.length) continue;
        const markdown = getHover(text, { line: i, character }, { today, lint })?.markdown;
        if (markdown) longest = Math.max(longest, visualLines(markdown));
      }
    });
    assert.ok(longest > 10, `some hover has content (${longest} lines)`);
    assert.ok(longest <= HOVER_MAX_LINES, `${longest} lines`);
  });

  it('ends guidance that does not fit with a link to the full page', () => {
    const guidance = guidanceForPath('team');
    assert.ok(guidance);
    const full = renderGuidance(guidance);
    assert.match(full, /```yaml/);
    assert.doesNotMatch(full, /\*More:\*/);
    const short = renderGuidance(guidance, { maxLines: 8 });
    assert.ok(visualLines(short) <= 8, short);
    assert.match(short, /\*More:\* \[no-team\]\(command:dclens\.showRuleDocumentation/);
  });

  it('links only to our own commands', () => {
    const { text, position } = caret(looseKey);
    const markdown = getHover(text, position, { lint: lintText(text, { today }) })?.markdown ?? '';
    const commands = [...markdown.matchAll(/command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(commands.length > 0);
    for (const c of commands) assert.ok((MARKDOWN_COMMANDS as readonly string[]).includes(c), c);
  });

  it("describes a team member's username with the injected person lookup", () => {
    const { text, position } = caret(
      WELL_SPECIFIED.replace('    - username: alice@acme-shop.co.uk', '    - username: alice@acme|-shop.co.uk'),
    );
    const asked: string[] = [];
    const hover = getHover(text, position, {
      today,
      describePerson: (id) => {
        asked.push(id);
        return '**Alice Smith** — Head of Sales Data';
      },
    });
    assert.deepEqual(asked, ['alice@acme-shop.co.uk']);
    assert.match(
      hover?.markdown ?? '',
      /\*\*Alice Smith\*\* — Head of Sales Data[\s\S]*\*\*username\*\* — team member/,
    );
  });

  it('describes the person who replaced a member too', () => {
    const text = WELL_SPECIFIED.replace(
      '      role: Data Custodian\n',
      '      role: Data Custodian\n      dateOut: 2026-01-31\n      replacedByUsername: dan@acme|-shop.co.uk\n',
    );
    const { text: t, position } = caret(text);
    assert.match(
      getHover(t, position, { today, describePerson: (id) => `**${id}** — Platform engineer` })?.markdown ?? '',
      /^\*\*dan@acme-shop.co.uk\*\* — Platform engineer/m,
    );
  });

  it('explains the list a scalar item belongs to', () => {
    const { text, position } = caret(WELL_SPECIFIED.replace('domain: sales\n', 'domain: sales\ntags:\n  - fin|ance\n'));
    assert.match(getHover(text, position, { today })?.markdown ?? '', /^\*\*tags\*\* — contract/m);
  });

  it('asks nothing about people elsewhere, and gives no hover on a blank line', () => {
    const { text, position } = caret(WELL_SPECIFIED.replace('  name: sales-data\n', '  name: sales-da|ta\n'));
    const hover = getHover(text, position, { today, describePerson: () => assert.fail('not a member username') });
    assert.match(hover?.markdown ?? '', /\*\*name\*\* — team/);
    const blank = caret(`${WELL_SPECIFIED}\n|\n`);
    assert.equal(getHover(blank.text, blank.position, { today }), undefined);
  });
});
