// Mistakes seen in real contracts from public repositories, each with the message that names its real cause.
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { validateOdcs } from '../../src/engine/model';
import { issuesOf, only } from './helpers';

describe('model: messages for mistakes seen in real contracts', () => {
  it("does not take 'terms' for a misspelling of 'team' (two edits in a five-letter word)", () => {
    const issue = only(issuesOf('terms: Use for reporting only.\n'));
    assert.equal(issue.fix, undefined);
    assert.doesNotMatch(issue.message, /Did you mean/);
  });

  it('still suggests one-letter slips in short keys and two-letter slips in long ones', () => {
    assert.match(only(issuesOf('tagz: [a]\n')).message, /^Rename the unknown key 'tagz' to 'tags'/);
    assert.match(
      only(issuesOf('schema:\n  - name: t\n    descriptoin: x\n')).message,
      /^Rename the unknown key '\w+' to 'description'/,
    );
  });

  it('names an unfilled template placeholder instead of "found a mapping"', () => {
    const issues = issuesOf('name: {{title}}\ndescription:\n  purpose: {{ purpose }}\ntags: {{tags}}\n');
    assert.deepEqual(
      issues.map((i) => i.message),
      [
        "Replace the unfilled placeholder '{{title}}' in 'name' of the contract with a text.",
        "Replace the unfilled placeholder '{{purpose}}' in 'purpose' of the contract description with a text.",
        "Replace the unfilled placeholder '{{tags}}' in 'tags' of the contract with a list of texts.",
      ],
    );
  });

  it('says a server location is rejected for its braces, not for a missing scheme', () => {
    const body = (loc: string) => `servers:\n  - server: p\n    type: s3\n    location: ${loc}\n`;
    assert.equal(
      only(issuesOf(body('s3://bucket/{model}/'))).message,
      "Remove the braces ('{model}') from 'location' of server 'p': a URI cannot contain them.",
    );
    assert.match(
      only(issuesOf(body('s3://${BUCKET}/orders/'), 'v3.2.0')).message,
      /^Remove the braces \('\$\{BUCKET\}'\) from /,
    );
    assert.match(only(issuesOf(body('bucket/orders'))).message, /must be a URI with a scheme/);
  });

  it('says where quality rules go when a contract has them at the top level', () => {
    const issue = only(issuesOf('quality:\n  - metric: rowCount\n    mustBeGreaterThan: 0\n'));
    assert.equal(issue.kind, 'unknown-key');
    assert.match(issue.message, /^Move these quality rules under the schema object they check/);
  });

  it("calls the schema object type 'blob' a datacontract-cli extension", () => {
    const issue = only(issuesOf('schema:\n  - name: files\n    logicalType: blob\n', 'v3.2.0'));
    assert.equal(
      issue.message,
      "Use logicalType object instead of 'blob' for schema 'files', or leave logicalType out.",
    );
  });

  it("explains the v3.0.0 schema's own staging_dir mistake instead of calling it a later feature", () => {
    const athena = 'servers:\n  - server: a\n    type: athena\n    stagingDir: s3://results/\n    schema: sales\n';
    const issue = only(issuesOf(athena, 'v3.0.0'));
    assert.equal(issue.kind, 'missing-required');
    assert.match(
      issue.message,
      /^Add the required key 'staging_dir' to server 'a', or set apiVersion to v3\.0\.2 or later\.$/,
    );
    assert.doesNotMatch(issue.message, /arrived in/);
    assert.deepEqual(issuesOf(athena, 'v3.0.2'), []);
  });

  it('keeps a quoted port number a type mistake with a fix, and calls a variable port a v3.2.0 feature', () => {
    const pg = (port: string) =>
      `servers:\n  - server: p\n    type: postgres\n    host: h\n    port: ${port}\n    database: d\n    schema: s\n`;
    const quoted = only(issuesOf(pg('"5432"')));
    assert.equal(quoted.kind, 'wrong-type');
    assert.equal(quoted.fix?.kind === 'replace-value' && quoted.fix.newText, '5432');
    const variable = only(issuesOf(pg('${DB_PORT:-5432}')));
    assert.equal(variable.kind, 'version-feature');
    assert.match(
      variable.message,
      /^Set apiVersion to v3\.2\.0: this contract uses a server port written as text .*, which v3\.1\.0 lacks\.$/,
    );
    assert.deepEqual(issuesOf(pg('${DB_PORT:-5432}'), 'v3.2.0'), []);
  });

  it("does not call a missing 'status' a feature of v3.2.0 in an older contract", () => {
    const doc = parse('apiVersion: v3.1.0\nkind: DataContract\nid: c1\nversion: 1.0.0\n');
    const issue = only(validateOdcs(doc, 'v3.1.0'));
    assert.equal(issue.kind, 'missing-required');
    assert.equal(issue.message, "Add the required key 'status' to the contract.");
    assert.deepEqual(validateOdcs({ ...doc, apiVersion: 'v3.2.0' }, 'v3.2.0'), []);
  });
});
