import assert from 'node:assert/strict';
import {
  createLanguageService,
  DiagnosticSeverity,
  resolveConfig,
  applyEdits,
  type LanguageServiceHost,
  type LsTextDocument,
  type LsUserSettings,
  type LsCodeAction,
} from '../../src/engine';
import {
  buildSnapshot,
  contractRecordFromValue,
  parseCodeowners,
  parsePeopleDirectory,
  type CatalogueSnapshot,
} from '../../src/engine/owners';
import { caret } from '../services/caret';
import { BARE_ORDERS, WELL_SPECIFIED } from '../services/contracts';

const URI = 'file:///work/contracts/orders.odcs.yaml';
const doc = (text: string, version = 1, uri = URI): LsTextDocument => ({ uri, text, version });

function host(overrides: Partial<LanguageServiceHost> & { user?: LsUserSettings } = {}): LanguageServiceHost {
  return {
    today: () => '2026-11-27',
    config: () => undefined,
    catalogue: () => undefined,
    relativePath: () => 'contracts/orders.odcs.yaml',
    settings: () => overrides.user ?? {},
    docsUrl: (ruleId) => `file:///ext/docs/rules/${ruleId}.md`,
    ...overrides,
  };
}

const edited = (text: string, action: LsCodeAction | undefined, uri = URI): string => {
  assert.ok(action?.edit, 'the action has an edit');
  return applyEdits(text, action.edit.changes[uri]);
};

/** The text a "Convert to ODCS" action opens beside the original (its command's arguments: URI, text). */
function converted(action: { command?: { command: string; arguments?: unknown[] } }, uri: string): string {
  assert.equal(action.command?.command, 'dclens.openConverted');
  const [original, text] = action.command.arguments ?? [];
  assert.equal(original, uri);
  assert.equal(typeof text, 'string');
  return text as string;
}

describe('createLanguageService', () => {
  it('returns one frozen object', () => {
    const service = createLanguageService(host());
    assert.ok(Object.isFrozen(service));
  });

  describe('lint', () => {
    it('names each problem by its rule id, with the code beside it and the one (local) documentation page', () => {
      const { diagnostics } = createLanguageService(host()).lint(
        doc(BARE_ORDERS.replace('logicalType: number', 'logicalType: datetime')),
      );
      const bad = diagnostics.find((d) => d.code === 'schema-invalid-enum');
      assert.ok(bad, JSON.stringify(diagnostics.map((d) => d.code)));
      assert.equal(bad.data.code, 'DCL011');
      assert.equal(bad.codeDescription.href, 'file:///ext/docs/rules/schema-invalid-enum.md');
      assert.equal(bad.source, 'dclens');
      assert.equal(bad.severity, DiagnosticSeverity.Error);
      assert.deepEqual(bad.range, { start: { line: 14, character: 21 }, end: { line: 14, character: 29 } });
    });

    it('carries what the short message leaves out (the allowed values) for clients to show', () => {
      const { diagnostics } = createLanguageService(host()).lint(
        doc(BARE_ORDERS.replace('logicalType: number', 'logicalType: datetime')),
      );
      const bad = diagnostics.find((d) => d.code === 'schema-invalid-enum');
      assert.ok(bad && bad.message.length <= 120, bad?.message);
      assert.match(bad.data.detail ?? '', /timestamp/, 'the detail lists the allowed types');
      const plain = diagnostics.find((d) => d.data.detail === undefined);
      assert.ok(plain, 'a finding without a detail has no detail field');
    });

    it('shows infos as hints (no squiggle) unless the user asks for them as information', () => {
      const text = BARE_ORDERS;
      const infos = createLanguageService(host())
        .lint(doc(text))
        .result.findings.filter((f) => f.severity === 'info').length;
      assert.ok(infos > 0, 'the contract has info findings');
      const asHints = createLanguageService(host()).lint(doc(text)).diagnostics;
      const asInfo = createLanguageService(host({ user: { infosAsInformation: true } })).lint(doc(text)).diagnostics;
      assert.equal(asHints.filter((d) => d.severity === DiagnosticSeverity.Information).length, 0);
      assert.equal(asInfo.filter((d) => d.severity === DiagnosticSeverity.Information).length, infos);
    });

    it('publishes nothing for YAML that is not a contract', () => {
      const result = createLanguageService(host()).lint(
        doc('name: build\non: push\n', 1, 'file:///work/.github/workflows/ci.yaml'),
      );
      assert.equal(result.isContract, false);
      assert.deepEqual(result.diagnostics, []);
    });
  });

  describe('codeActions', () => {
    const text = BARE_ORDERS.replace('logicalType: number', 'logicalType: numbr');
    const setup = () => {
      const service = createLanguageService(host());
      const lint = service.lint(doc(text));
      const typo = lint.diagnostics.find((d) => d.code === 'schema-invalid-enum')!;
      return { service, lint, typo };
    };

    it("offers the rule's fix first, then disable for the line and for the file, then the docs and fix-all", () => {
      const { service, typo } = setup();
      const actions = service.codeActions(doc(text), typo.range, { diagnostics: [typo] });
      assert.match(actions[0].title, /'number'/);
      assert.deepEqual(
        actions.slice(1).map((a) => a.title),
        [
          'Disable schema-invalid-enum for this line',
          'Disable schema-invalid-enum for this file',
          'Show documentation for schema-invalid-enum (DCL011)',
          'Fix all safe problems',
        ],
      );
      assert.equal(actions[0].isPreferred, true);
      assert.match(edited(text, actions[0]), /logicalType: number\n/);
    });

    it('a diagnostic that lost its data (only range and rule id) still gets its actions', () => {
      const { service, typo } = setup();
      const actions = service.codeActions(doc(text), typo.range, {
        diagnostics: [{ range: typo.range, code: 'schema-invalid-enum', source: 'dclens' }],
      });
      assert.ok(actions.some((a) => a.isPreferred));
      const other = service.codeActions(doc(text), typo.range, {
        diagnostics: [{ range: typo.range, code: 'schema-invalid-enum', source: 'yaml' }],
      });
      assert.deepEqual(other, []);
    });

    it('disable for this line and for this file silence exactly that rule', () => {
      const { service, typo } = setup();
      const actions = service.codeActions(doc(text), typo.range, { diagnostics: [typo] });
      for (const title of ['Disable schema-invalid-enum for this line', 'Disable schema-invalid-enum for this file']) {
        const after = edited(
          text,
          actions.find((a) => a.title === title),
        );
        const codes = createLanguageService(host())
          .lint(doc(after))
          .diagnostics.map((d) => d.code);
        assert.ok(!codes.includes('schema-invalid-enum'), `${title}: ${codes.join(', ')}`);
        assert.ok(codes.includes('no-team'), `${title} leaves the other rules on`);
      }
      const fileWide = edited(
        text,
        actions.find((a) => a.title.endsWith('for this file')),
      );
      assert.ok(fileWide.startsWith('# dclens-disable schema-invalid-enum\napiVersion'), fileWide.slice(0, 60));
    });

    it('only source.fixAll.dclens: one action with every safe fix, and no suggestion', () => {
      const twoTypos = text.replace('logicalType: string', 'logicalType: strin');
      const service = createLanguageService(host());
      service.lint(doc(twoTypos));
      const actions = service.codeActions(
        doc(twoTypos),
        { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        { diagnostics: [], only: ['source.fixAll.dclens'] },
      );
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, 'source.fixAll.dclens');
      const after = edited(twoTypos, actions[0]);
      assert.match(after, /logicalType: string\n/);
      assert.match(after, /logicalType: number\n/);
      assert.ok(!/team:/.test(after), 'no suggestion (a team) was written');
    });

    it('offers to convert a Data Contract Specification file to ODCS, keeping its comments and facts', () => {
      const dcs =
        '# Orders, from the checkout team.\ndataContractSpecification: 1.1.0\nid: orders\ninfo:\n  title: Orders\n  version: 2.0.0\n  owner: checkout\nmodels:\n  orders:\n    description: One record per order.\n    fields:\n      order_id:\n        type: varchar\n        required: true\n';
      const uri = 'file:///work/orders.datacontract.yaml';
      const service = createLanguageService(host());
      const lint = service.lint(doc(dcs, 1, uri));
      const finding = lint.diagnostics.find((d) => d.code === 'dcs-deprecated')!;
      const convert = service
        .codeActions(doc(dcs, 1, uri), finding.range, { diagnostics: [finding] })
        .find((a) => a.title === 'Convert to ODCS v3.2.0');
      assert.ok(convert, 'offered on the deprecation finding');
      assert.ok(!convert.isPreferred, 'a rewrite is a suggestion the user picks');
      assert.equal(convert.edit, undefined, 'the original is not edited');
      const after = converted(convert, uri);
      assert.ok(
        after.startsWith(
          '# Orders, from the checkout team.\n# Migrated from Data Contract Specification 1.1.0 to ODCS v3.2.0 by dclens migrate.\n\napiVersion: v3.2.0\nkind: DataContract\nid: orders\nname: Orders\nversion: 2.0.0\n',
        ),
        after,
      );
      assert.match(after, /team:\n {2}name: checkout\n/);
      assert.match(after, /- name: order_id\n {8}logicalType: string\n {8}physicalType: varchar\n {8}required: true\n/);
      const codes = createLanguageService(host())
        .lint(doc(after, 2, uri))
        .diagnostics.map((d) => d.code);
      assert.ok(!codes.some((c) => c.startsWith('schema-') || c === 'dcs-deprecated'), codes.join(', '));
    });

    it('converts Data Contract Specification types as dclens migrate does', () => {
      const dcs =
        'dataContractSpecification: 1.1.0\nid: fines\ninfo:\n  title: Fines\n  version: 1.0.0\nmodels:\n  fines:\n    fields:\n      paid:\n        type: bool\n      issued_at:\n        type: datetime\n';
      const uri = 'file:///work/fines.datacontract.yaml';
      const service = createLanguageService(host());
      const finding = service.lint(doc(dcs, 1, uri)).diagnostics.find((d) => d.code === 'dcs-deprecated')!;
      const convert = service
        .codeActions(doc(dcs, 1, uri), finding.range, { diagnostics: [finding] })
        .find((a) => a.title === 'Convert to ODCS v3.2.0')!;
      const after = converted(convert, uri);
      assert.match(after, /- name: paid\n {8}logicalType: boolean\n {8}physicalType: bool\n/);
      assert.match(after, /- name: issued_at\n {8}logicalType: timestamp\n {8}physicalType: datetime\n/);
    });

    it('offers to convert an ODCS v2 contract to ODCS v3, opened beside it', () => {
      const v2 =
        'apiVersion: v2.2.2\nkind: DataContract\nuuid: 11111111-2222-3333-4444-555555555555\ntype: tables\nstatus: active\nversion: 1.0.0\ndatasetName: seller_payments\ndataset:\n  - table: payments\n    columns:\n      - column: payment_id\n        logicalType: string\n        isNullable: false\n';
      const uri = 'file:///work/payments.odcs.yaml';
      const service = createLanguageService(host());
      const finding = service.lint(doc(v2, 1, uri)).diagnostics.find((d) => d.code === 'odcs-version-unsupported');
      assert.ok(finding, 'the ODCS v2 finding');
      const convert = service
        .codeActions(doc(v2, 1, uri), finding.range, { diagnostics: [finding] })
        .find((a) => a.title === 'Convert to ODCS v3.2.0');
      assert.ok(convert, 'offered on the ODCS v2 finding');
      assert.ok(!convert.isPreferred);
      const after = converted(convert, uri);
      assert.match(after, /^apiVersion: v3\.2\.0$/m);
      assert.match(after, /- name: payments\n/);
      assert.match(after, /- name: payment_id\n/);
      const errors = createLanguageService(host())
        .lint(doc(after, 2, uri))
        .diagnostics.filter((d) => d.severity === 1 || d.code === 'odcs-version-unsupported');
      assert.deepEqual(
        errors.map((d) => d.message),
        [],
      );
    });

    it('waits for the lint of the current text before offering quick fixes', () => {
      const { service, typo } = setup();
      assert.deepEqual(service.codeActions(doc(text, 2), typo.range, { diagnostics: [typo] }), []);
    });
  });

  describe('fixAll', () => {
    it('applies every safe fix in passes, and a second run changes nothing', () => {
      const text = BARE_ORDERS.replace('logicalType: number', 'logicalType: numbr').replace(
        'logicalType: string',
        'logicalType: strin',
      );
      const service = createLanguageService(host());
      const first = service.fixAll(doc(text));
      assert.equal(first.applied, 2);
      assert.equal(applyEdits(text, first.edits), first.text);
      const again = service.fixAll(doc(first.text, 2));
      assert.deepEqual(again.edits, []);
    });
  });

  describe('hover', () => {
    const marked = BARE_ORDERS.replace('logicalType: number', 'logicalType: date|time');
    it('shows the guidance and names the rule, without repeating the problem the editor already shows', () => {
      const { text, position } = caret(marked);
      const hover = createLanguageService(host({ user: { problemsInHover: true } })).hover(doc(text), position);
      assert.ok(hover);
      assert.match(hover.contents.value, /\*\*logicalType\*\*/);
      assert.match(hover.contents.value, /command:dclens\.showRuleDocumentation\?%5B%22schema-invalid-enum%22%5D/);
      const lint = createLanguageService(host()).lint(doc(text));
      const message = lint.diagnostics.find((d) => d.code === 'schema-invalid-enum')!.message;
      assert.ok(!hover.contents.value.includes(message), hover.contents.value);
    });

    it('leaves the problems out unless the client asks', () => {
      const { text, position } = caret(marked);
      const hover = createLanguageService(host()).hover(doc(text), position);
      assert.ok(hover);
      assert.doesNotMatch(hover.contents.value, /schema-invalid-enum/);
    });
  });

  describe('completion', () => {
    const contract = (domain: string, members: Array<{ username: string; role: string }>, teamName?: string) => ({
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: 'x',
      version: '1.0.0',
      status: 'active',
      domain,
      team: { name: teamName, members },
    });
    const people =
      'people:\n  - {id: li.wei, name: Li Wei, email: li.wei@justice.gov.uk, active: true}\n  - {id: amina.khan, name: Amina Khan, active: true}\n';
    const catalogue: CatalogueSnapshot = buildSnapshot([
      contractRecordFromValue(
        contract(
          'prisons',
          [
            { username: 'amina.khan', role: 'Data Owner' },
            { username: 'li.wei', role: 'Data Custodian' },
          ],
          'prisons-data',
        ),
        'contracts/hmpps/prisons/a.yaml',
      ),
      contractRecordFromValue(
        contract(
          'prisons',
          [
            { username: 'amina.khan', role: 'Data Owner' },
            { username: 'li.wei', role: 'Data Custodian' },
          ],
          'prisons-data',
        ),
        'contracts/hmpps/prisons/b.yaml',
      ),
      parsePeopleDirectory(people, 'people.yaml'),
      parseCodeowners('/contracts/hmpps/ @moj/prisons-data\n', 'CODEOWNERS'),
    ]);
    const withCatalogue = () =>
      createLanguageService(
        host({ catalogue: () => catalogue, relativePath: () => 'contracts/hmpps/prisons/new.yaml' }),
      );
    const draft = (member: string) =>
      `apiVersion: v3.1.0\nkind: DataContract\nid: new\nversion: 1.0.0\nstatus: draft\ndomain: prisons\nteam:\n  name: |\n  members:\n    - username: ${member}\n      role: Data Custodian\n`;

    it('offers people at username:, never a team, best first', () => {
      const { text, position } = caret(draft('|').replace('  name: |\n', '  name: prisons-data\n'));
      const items = withCatalogue().completion(doc(text, 1, 'file:///work/contracts/hmpps/prisons/new.yaml'), position);
      const ids = items.map((i) => i.insertText);
      assert.equal(ids[0], 'li.wei');
      assert.ok(!ids.some((id) => id.includes('prisons-data')), ids.join(', '));
    });

    it('offers teams at team.name', () => {
      const { text, position } = caret(draft('li.wei'));
      const items = withCatalogue().completion(doc(text, 1, 'file:///work/contracts/hmpps/prisons/new.yaml'), position);
      const ids = items.map((i) => i.insertText);
      assert.equal(ids[0], 'prisons-data');
      assert.ok(!ids.includes('li.wei') && !ids.includes('amina.khan'), ids.join(', '));
    });

    it('keeps owner details short, cut at a word, with the whole evidence in the documentation', () => {
      const { text, position } = caret(draft('|').replace('  name: |\n', '  name: prisons-data\n'));
      const items = withCatalogue().completion(doc(text, 1, 'file:///work/contracts/hmpps/prisons/new.yaml'), position);
      assert.ok(
        items.some((i) => i.detail?.endsWith('…')),
        'a long detail was shortened',
      );
      for (const item of items) {
        assert.ok(item.detail && item.detail.length <= 60, item.detail);
        if (item.detail.endsWith('…')) {
          const kept = item.detail.slice(0, -1);
          const full = item.documentation?.value ?? '';
          const shownEvidence = kept.split(' · ')[1] ?? '';
          // The text before '…' ends where a word of the evidence ends.
          assert.match(full, new RegExp(`${shownEvidence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s,;:.)]`));
        }
      }
    });

    it('offers only a whole new contract in an empty YAML file', () => {
      const items = createLanguageService(host()).completion(doc('', 1, 'file:///work/contracts/new.yaml'), {
        line: 0,
        character: 0,
      });
      assert.deepEqual(
        items.map((i) => i.label),
        ['odcs-contract'],
      );
    });
  });

  describe('score, CodeLens and diagnostics agree', () => {
    const member = BARE_ORDERS.replace(
      'status: active\n',
      'status: active\nteam:\n  name: orders\n  members:\n    - username: old.owner\n      role: Data Owner\n',
    );
    const leftCatalogue = buildSnapshot([
      parsePeopleDirectory('people:\n  - {id: old.owner, name: Olive Older, active: false}\n', 'people.yaml'),
    ]);

    it('when a catalogue finding appears, the lens, the score view and the diagnostics count it alike', () => {
      const loaded: { catalogue?: CatalogueSnapshot } = {};
      const service = createLanguageService(host({ catalogue: () => loaded.catalogue }));
      const document = doc(member);
      const before = service.lint(document).diagnostics.length;
      const lensBefore = service.codeLenses(document)[0].command.title;
      assert.match(lensBefore, new RegExp(`· ${before} problems$`));

      // The catalogue arrives while the text stays the same version: the host lints again.
      loaded.catalogue = leftCatalogue;
      const after = service.lint(document).diagnostics;
      assert.ok(
        after.some((d) => d.code === 'owner-has-left'),
        after.map((d) => d.code).join(', '),
      );
      assert.equal(after.length, before + 1);
      const lens = service.codeLenses(document)[0].command.title;
      const view = service.score(document, { steps: true });
      const bar = service.score(document);
      assert.match(lens, new RegExp(`^Quality ${view.contracts[0].overall}/100 .*· ${after.length} problems$`));
      assert.deepEqual(view.problems, [after.length]);
      assert.equal(view.contracts[0].problems, after.length);
      assert.equal(bar.contracts[0].overall, view.contracts[0].overall);
    });

    it('places a lens on the first line of each contract of a multi-document file', () => {
      const text = `${WELL_SPECIFIED}---\n${BARE_ORDERS}`;
      const lenses = createLanguageService(host()).codeLenses(doc(text));
      assert.deepEqual(
        lenses.map((l) => l.range.start.line),
        [0, WELL_SPECIFIED.split('\n').length],
      );
      assert.deepEqual(
        lenses.map((l) => l.command.command),
        ['dclens.showScore', 'dclens.showScore'],
      );
    });
  });

  describe('new contracts, owners and SQL', () => {
    it('writes a new contract in the version .dclens.yaml asks for, unless the editor setting names one', () => {
      const config = resolveConfig({ settings: { odcsVersion: 'v3.0.2' } } as never);
      const fromFile = createLanguageService(host({ config: () => config })).newContract(URI, {
        name: 'Orders',
        domain: 'sales',
        owner: 'amina.khan',
      });
      assert.match(fromFile, /^apiVersion: v3\.0\.2$/m);
      const fromEditor = createLanguageService(
        host({ config: () => config, user: { newContractOdcsVersion: 'v3.1.0' } }),
      ).newContract(URI, { name: 'Orders', domain: 'sales', owner: 'amina.khan' });
      assert.match(fromEditor, /^apiVersion: v3\.1\.0$/m);
    });

    it('suggests no owner while the catalogue is not there', () => {
      assert.deepEqual(
        createLanguageService(host()).ownerCandidates(URI, {
          domain: 'sales',
          relativePath: 'contracts/sales/new.yaml',
        }),
        [],
      );
    });

    it('formats the SQL of quality rules', () => {
      const text = BARE_ORDERS.replace(
        '        logicalType: number\n',
        '        logicalType: number\n    quality:\n      - type: sql\n        query: select count(*) from orders where total < 0\n        mustBe: 0\n',
      );
      const edits = createLanguageService(host()).formatSql(doc(text));
      assert.ok(edits.length > 0);
      assert.match(applyEdits(text, edits), /query: \|\n/);
    });
  });
});
