// A rule's repeated findings within one schema object read as one finding that names every place.
import assert from 'node:assert/strict';
import { lintText } from '../../src/engine/lint';
import { resolveConfig } from '../../src/engine/config/resolve-config';
import { applyEdits } from '../../src/engine/fix/apply-edits';
import { fixAll } from '../../src/engine/fix/fix-all';
import { allRules } from '../../src/engine/rules';
import { listNames, placeName } from '../../src/engine/group-findings';
import { contract } from '../helpers/rule-tester';

const recommended = resolveConfig();
const strict = resolveConfig({ extends: 'strict' });
const lint = (text: string, config = recommended) => lintText(text, { config, today: '2026-11-27' });
const of = (text: string, ruleId: string, config = recommended) =>
  lint(text, config).findings.filter((f) => f.ruleId === ruleId);

const described = (name: string) =>
  `      - name: ${name}\n        description: What the shop records about the order here.\n`;
const bare = (name: string) => `      - name: ${name}\n        logicalType: string\n`;
const ordersWith = (props: string[]) =>
  contract(
    `schema:\n  - name: orders\n    description: One row per order placed in the web shop.\n    properties:\n${props.join('')}`,
  );

describe('grouping repeated findings', () => {
  const twelve = Array.from({ length: 12 }, (_, i) => `col_${i + 1}`);
  const text = ordersWith([described('order_id'), ...twelve.map(bare)]);

  it('turns 12 missing descriptions in one schema object into one finding naming them', () => {
    const found = of(text, 'property-description');
    assert.equal(found.length, 1);
    assert.equal(
      found[0].message,
      "Add descriptions to 12 properties of schema 'orders': col_1, col_2, col_3 and 9 more.",
    );
  });

  it('sits at the first place and keeps every place, with its own message, as related information', () => {
    const [finding] = of(text, 'property-description');
    const lines = text.split('\n');
    assert.equal(lines[finding.range.start.line].trim(), '- name: col_1');
    assert.equal(finding.related?.length, 12);
    assert.deepEqual(
      finding.related?.map((r) => lines[r.range.start.line].trim()),
      twelve.map((n) => `- name: ${n}`),
    );
    assert.equal(finding.related?.[11].message, "Describe property 'col_12' in schema 'orders': what the value means.");
    assert.deepEqual(finding.related?.[0].path, ['schema', 0, 'properties', 1]);
  });

  it('leaves a single finding as it is', () => {
    const found = of(ordersWith([described('order_id'), bare('status')]), 'property-description');
    assert.deepEqual(
      found.map((f) => f.message),
      ["Describe property 'status' in schema 'orders': what the value means."],
    );
    assert.equal(found[0].related, undefined);
  });

  it('groups per schema object and per message', () => {
    const two = contract(
      [
        'schema:',
        '  - name: orders',
        '    description: One row per order placed in the web shop.',
        '    properties:',
        bare('a').trimEnd(),
        bare('b').trimEnd(),
        '      - name: c',
        '        description: c',
        '      - name: d',
        '        description: d',
        '  - name: customers',
        '    description: One row per customer of the web shop.',
        '    properties:',
        bare('e').trimEnd(),
        bare('f').trimEnd(),
        '',
      ].join('\n'),
    );
    const messages = of(two, 'property-description').map((f) => f.message.split(':')[0]);
    assert.deepEqual(messages, [
      "Add descriptions to 2 properties of schema 'orders'",
      "Rewrite 2 descriptions in schema 'orders' that repeat the property name",
      "Add descriptions to 2 properties of schema 'customers'",
    ]);
  });

  it('strict keeps one finding per place', () => {
    assert.equal(of(text, 'property-description', strict).length, 12);
  });

  it('a suppression comment takes its place out of the group', () => {
    const suppressed = ordersWith([
      bare('a'),
      '      # dclens-disable-next-line property-description\n',
      bare('b'),
      bare('c'),
    ]);
    const [finding] = of(suppressed, 'property-description');
    assert.match(finding.message, /^Add descriptions to 2 properties .*: a, c\./);
  });

  it('names nested properties, array items and quality rules within the schema object', () => {
    const value = {
      schema: [
        {
          name: 'orders',
          properties: [
            { name: 'customer', properties: [{ name: 'email' }] },
            { name: 'tags', items: { properties: [{ name: 'label' }] } },
            { name: 'id', quality: [{ metric: 'nullValues' }] },
          ],
          quality: [{ name: 'row_count' }, {}],
        },
      ],
    };
    assert.equal(placeName(value, ['schema', 0, 'properties', 0, 'properties', 0, 'description']), 'customer.email');
    assert.equal(placeName(value, ['schema', 0, 'properties', 1, 'items', 'properties', 0]), 'tags[].label');
    assert.equal(placeName(value, ['schema', 0, 'properties', 2, 'quality', 0, 'metric']), '#1 of id');
    assert.equal(placeName(value, ['schema', 0, 'quality', 0]), 'row_count');
    assert.equal(placeName(value, ['schema', 0, 'quality', 1]), '#2');
    assert.equal(placeName(value, ['schema', 0, 'name']), 'orders');
  });

  it('lists up to four names, then three and how many more, so the message stays short', () => {
    assert.equal(listNames(['a', 'b', 'c', 'd']), 'a, b, c, d');
    assert.equal(listNames(['a', 'b', 'c', 'd', 'e', 'f', 'g']), 'a, b, c and 4 more');
    const long = [
      'identification.catalogueGln',
      'identification.baseGln',
      'pharmaceuticalContent[].barcodeSymbologyMulti',
    ];
    assert.equal(listNames(long), 'identification.catalogueGln and 2 more');
    assert.equal(listNames([long[2]]), long[2]);
  });

  describe('fixes', () => {
    const key = (name: string, extra = '') =>
      `      - name: ${name}\n        description: Part of the order line key in the shop.\n        primaryKey: true\n${extra}`;
    const keyed = (a: string, b: string) => ordersWith([key('order_id', a), key('line_no', b)]);

    it('keeps a suggestion for all places when all of them can be applied together', () => {
      const text = keyed('', '        required: false\n');
      const [finding] = of(text, 'primary-key-required-unique');
      assert.match(
        finding.message,
        /^Mark 2 primary-key properties of schema 'orders' 'required: true': order_id, line_no\./,
      );
      assert.equal(finding.fix, undefined);
      assert.equal(finding.suggestions?.[0].title, "Mark it 'required: true' (all 2)");
      const fixed = applyEdits(text, finding.suggestions![0].edits);
      assert.deepEqual(of(fixed, 'primary-key-required-unique'), []);
      assert.equal((fixed.match(/required: true/g) ?? []).length, 2);
    });

    it('offers nothing for all places when one place has nothing to offer', () => {
      const [finding] = of(keyed('', '        required: "no"\n'), 'primary-key-required-unique');
      assert.equal(finding.related?.length, 2);
      assert.equal(finding.fix, undefined);
      assert.equal(finding.suggestions, undefined);
    });

    it('--fix leaves a grouped suggestion to the user', () => {
      const text = keyed('', '');
      const result = fixAll(text, (t) => lint(t));
      assert.doesNotMatch(result.text, /required: true/);
      assert.equal(result.result.findings.filter((f) => f.ruleId === 'primary-key-required-unique').length, 1);
    });

    it('offers a suggestion every place shares, for all of them at once', () => {
      const text = ordersWith([described('email'), described('phone_number')]);
      const [finding] = of(text, 'personal-data-unclassified');
      assert.match(
        finding.message,
        /^Classify 2 properties of schema 'orders' that look like personal data: email, phone_number\./,
      );
      assert.equal(finding.fix, undefined);
      const titles = finding.suggestions?.map((s) => s.title);
      assert.deepEqual(titles, ["Classify as 'restricted' (all 2)", "Classify as 'confidential' (all 2)"]);
      const classified = applyEdits(text, finding.suggestions![0].edits);
      assert.deepEqual(of(classified, 'personal-data-unclassified'), []);
    });
  });

  describe('every grouping a rule declares', () => {
    for (const rule of allRules.filter((r) => r.meta.grouping)) {
      it(`${rule.meta.id}: names a message of the rule and fills {count}, {names} and {schema}`, () => {
        for (const [messageId, template] of Object.entries(rule.meta.grouping as Record<string, string>)) {
          assert.ok(messageId in rule.meta.messages, `${messageId} is not a message of ${rule.meta.id}`);
          for (const placeholder of ['{count}', '{names}', '{schema}'])
            assert.ok(template.includes(placeholder), `${messageId} lacks ${placeholder}`);
          assert.deepEqual(
            template.match(/\{\w+\}/g)?.filter((p) => !['{count}', '{names}', '{schema}'].includes(p)) ?? [],
            [],
          );
        }
      });
    }
  });
});
