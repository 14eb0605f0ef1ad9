import assert from 'node:assert/strict';
import { lintText } from '../../src/engine/lint';
import { resolveConfig } from '../../src/engine/config/resolve-config';
import { contract } from '../helpers/rule-tester';

const ids = (text: string, fileName?: string) => lintText(text, { fileName }).findings.map((f) => f.ruleId);

describe('lint pipeline', () => {
  it('ignores YAML that is not a contract: a Kubernetes manifest, a GitHub workflow, a dbt file', () => {
    for (const text of [
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
      'name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n',
      'version: 2\nmodels:\n  - name: orders\n    columns:\n      - name: id\n',
    ]) {
      const result = lintText(text, { fileName: 'thing.yaml' });
      assert.equal(result.isContract, false);
      assert.deepEqual(result.findings, []);
    }
  });

  it('gives a deprecated Data Contract Specification file exactly one clear finding', () => {
    const result = lintText('dataContractSpecification: 1.1.0\nid: orders\ninfo:\n  title: Orders\n');
    assert.equal(result.kind, 'dcs');
    assert.equal(result.findings.length, 1);
    assert.equal(result.findings[0].ruleId, 'dcs-deprecated');
    assert.match(
      result.findings[0].message,
      /^Convert this file to ODCS v3\.2\.0: the Data Contract Specification .* deprecated/,
    );
  });

  it('reports ODCS v2 once as an old version to migrate', () => {
    const result = lintText('apiVersion: v2.2.2\nkind: DataContract\nuuid: 1234\ndataset: []\n');
    assert.equal(result.kind, 'odcs');
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['odcs-version-unsupported'],
    );
    assert.match(result.findings[0].message, /^Migrate this contract to ODCS v3\.2\.0: v2\.2\.2 is an old version/);
    assert.equal(result.findings[0].range.start.line, 0);
  });

  it('checks every document of a multi-document file and says which one', () => {
    const text =
      contract('team:\n  name: a\n  members:\n    - username: x\n      role: Data Owner\n') + '---\n' + contract();
    const result = lintText(text);
    assert.equal(result.documents.length, 2);
    const noTeam = result.findings.filter((f) => f.ruleId === 'no-team');
    assert.equal(noTeam.length, 1);
    assert.equal(noTeam[0].documentIndex, 1);
    assert.equal(noTeam[0].range.start.line, 11);
  });

  it('reports syntax errors in a contract and still checks what the parser recovered', () => {
    const text = contract('description:\n  purpose: "unclosed\n');
    const result = lintText(text);
    assert.ok(result.findings.some((f) => f.ruleId === 'yaml-syntax' && f.range.start.line === 6));
    assert.ok(
      result.findings.some((f) => f.ruleId === 'no-team'),
      'rules still ran on the recovered document',
    );
  });

  it('lists a broken file as yaml-error when its name promises a contract', () => {
    const result = lintText('a: [1, 2\nb: 3\n', { fileName: 'orders.odcs.yaml' });
    assert.equal(result.isContract, true);
    assert.equal(result.kind, 'yaml-error');
    assert.ok(result.findings.length > 0);
    assert.equal(lintText('a: [1, 2\nb: 3\n', { fileName: 'values.yaml' }).isContract, false);
  });

  it('reports a duplicate key at the second key', () => {
    const result = lintText(contract('id: again\n'));
    const dup = result.findings.find((f) => f.ruleId === 'duplicate-key');
    assert.ok(dup);
    assert.equal(dup.range.start.line, 5);
  });

  it('applies configured levels: off drops a rule, error raises it', () => {
    const text = contract();
    assert.ok(ids(text).includes('no-team'));
    const off = resolveConfig({ rules: { 'no-team': 'off' } });
    assert.ok(!lintText(text, { config: off }).findings.some((f) => f.ruleId === 'no-team'));
    const error = resolveConfig({ rules: { 'no-team': 'error' } });
    assert.equal(lintText(text, { config: error }).findings.find((f) => f.ruleId === 'no-team')?.severity, 'error');
  });

  it('honours a dclens-disable-next-line comment', () => {
    const text = '# dclens-disable-next-line no-team\n' + contract();
    assert.ok(!ids(text).includes('no-team'));
  });

  it('gives every finding a docs link and a rule code', () => {
    for (const f of lintText(contract('schema: 12\n')).findings) {
      assert.match(f.code, /^DCL\d{3}$/);
      assert.match(f.docsUrl, /docs\/rules\/.+\.md$/);
    }
  });
});
