import assert from 'node:assert/strict';
import { issuesOf, only } from './helpers';

describe('model: version features of v3.0.x contracts', () => {
  it('one issue on apiVersion, naming the feature, with a fix to v3.1.0', () => {
    const issue = only(issuesOf('schema:\n  - name: events\n    properties:\n      - name: at\n        logicalType: timestamp\n', 'v3.0.2'));
    assert.equal(issue.kind, 'version-feature');
    assert.deepEqual(issue.path, ['apiVersion']);
    assert.equal(issue.message, "This contract declares ODCS v3.0.2 but uses the logical type 'timestamp', which arrived in v3.1.0.");
    assert.deepEqual(issue.fix, { kind: 'replace-value', title: 'Set apiVersion to v3.1.0', path: ['apiVersion'], newText: 'v3.1.0' });
  });

  it('names several features in one issue', () => {
    const issue = only(
      issuesOf('team:\n  name: sales\nschema:\n  - name: events\n    id: ev\n    properties:\n      - name: at\n        logicalType: time\n', 'v3.0.2'),
    );
    assert.equal(
      issue.message,
      "This contract declares ODCS v3.0.2 but uses the team object with members, the key 'id' on schema 'events' and the logical type 'time', which arrived in v3.1.0.",
    );
  });

  it('says when a feature arrived before v3.1.0', () => {
    const issue = only(issuesOf('authoritativeDefinitions:\n  - url: https://example.com\n    type: businessDefinition\n', 'v3.0.0'));
    assert.match(issue.message, /^This contract declares ODCS v3\.0\.0 but uses the key 'authoritativeDefinitions' on the contract, which arrived in v3\.0\.1\.$/);
  });

  it('keeps mistakes that are mistakes in v3.1.0 too', () => {
    const issues = issuesOf('team:\n  name: sales\nschema:\n  - name: events\n    physicalNme: t_events\n', 'v3.0.2');
    assert.deepEqual(issues.map((i) => i.kind), ['version-feature', 'unknown-key']);
    assert.match(issues[1].message, /Did you mean 'physicalName'\?/);
  });

  it('reports nothing for a clean v3.0.2 contract', () => {
    assert.deepEqual(issuesOf('team:\n  - username: jdoe\n    role: Data Owner\n', 'v3.0.2'), []);
  });
});
