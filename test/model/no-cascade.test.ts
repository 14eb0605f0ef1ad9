import assert from 'node:assert/strict';
import { issuesOf, only } from './helpers';

describe('model: one issue per mistake (branches resolved first)', () => {
  it('a bad logicalType is one invalid-enum, even with options and nested keys of other types', () => {
    const issue = only(
      issuesOf(
        'schema:\n  - name: orders\n    properties:\n      - name: order_date\n        logicalType: datetime\n        logicalTypeOptions:\n          format: yyyy-MM-dd\n        items:\n          logicalType: string\n',
      ),
    );
    assert.equal(issue.kind, 'invalid-enum');
    assert.deepEqual(issue.path, ['schema', 0, 'properties', 0, 'logicalType']);
  });

  it('next to a bad logicalType, an independent mistake in another key is still reported (as the official schema does)', () => {
    const issues = issuesOf(
      'schema:\n  - name: orders\n    properties:\n      - name: order_date\n        logicalType: datetime\n        logicalTypeOptions:\n          format: yyyy-MM-dd\n        required: maybe\n        uniqe: true\n        classification: 3\n',
    );
    assert.deepEqual(
      issues.map((i) => [i.kind, i.path.slice(4).join('.')]),
      [
        ['invalid-enum', 'logicalType'],
        ['wrong-type', 'required'],
        ['unknown-key', 'uniqe'],
        ['wrong-type', 'classification'],
      ],
    );
  });

  it('next to a bad quality type, a missing name of the property is still reported but keys of other types are not', () => {
    const issues = issuesOf(
      'schema:\n  - name: orders\n    properties:\n      - logicalType: strin\n        maxLength: 3\n',
    );
    assert.deepEqual(issues.map((i) => i.kind).sort(), ['invalid-enum', 'missing-required', 'unknown-key']);
  });

  it('a bad quality type is one invalid-enum, whatever the other keys', () => {
    const issue = only(
      issuesOf(
        'schema:\n  - name: orders\n    quality:\n      - type: sqll\n        query: SELECT 1\n        mustBe: 0\n',
      ),
    );
    assert.equal(issue.kind, 'invalid-enum');
    assert.deepEqual(issue.path, ['schema', 0, 'quality', 0, 'type']);
    assert.deepEqual(issue.fix && issue.fix.kind === 'replace-value' && issue.fix.newText, 'sql');
  });

  it('a bad server type is one invalid-enum; missing type-specific keys are not reported', () => {
    const issue = only(issuesOf('servers:\n  - server: production\n    type: postgress\n    host: db\n'));
    assert.equal(issue.kind, 'invalid-enum');
    assert.match(issue.message, /^Use 'postgres': type 'postgress' is not allowed for server 'production'\.$/);
  });

  it('a server without a type reports only the missing type, not its type-specific keys', () => {
    const issue = only(issuesOf('servers:\n  - server: production\n    host: db\n    port: 5432\n'));
    assert.equal(issue.message, "Add the required key 'type' to server 'production'.");
  });

  it('a known server type reports each missing type-specific key', () => {
    const issues = issuesOf('servers:\n  - server: production\n    type: postgres\n    host: db\n');
    assert.deepEqual(
      issues.map((i) => i.message),
      [
        "Add the required key 'port' to server 'production'.",
        "Add the required key 'database' to server 'production'.",
        "Add the required key 'schema' to server 'production'.",
      ],
    );
  });

  it('the team object and the legacy team list are each validated in their own form', () => {
    const object = only(issuesOf('team:\n  name: sales\n  members:\n    - name: Jane\n'));
    assert.equal(object.message, "Add the required key 'username' to team member 'Jane'.");
    const legacy = only(issuesOf('team:\n  - username: jdoe\n    role: owner\n    nme: Jane\n'));
    assert.deepEqual(legacy.path, ['team', 0, 'nme']);
    assert.match(legacy.message, /^Rename the unknown key 'nme' to 'name' in team member 'jdoe'/);
    const wrong = only(issuesOf('team: sales\n'));
    assert.equal(wrong.kind, 'wrong-type');
    assert.deepEqual(wrong.path, ['team']);
  });

  it('a key of another branch says where it belongs', () => {
    const issue = only(
      issuesOf(
        'schema:\n  - name: orders\n    quality:\n      - type: text\n        description: d\n        mustBe: 0\n',
      ),
    );
    assert.equal(issue.kind, 'unknown-key');
    assert.match(
      issue.message,
      /Remove 'mustBe' from quality rule #1 of schema 'orders': it is only allowed when type is library or sql/,
    );
    const items = only(
      issuesOf(
        'schema:\n  - name: orders\n    properties:\n      - name: tags\n        logicalType: string\n        items:\n          logicalType: string\n',
      ),
    );
    assert.match(items.message, /Remove 'items' from .*: it is only allowed when logicalType is array/);
  });

  it('a quality rule needs exactly one operator', () => {
    const none = only(issuesOf('schema:\n  - name: orders\n    quality:\n      - metric: rowCount\n'));
    assert.equal(none.kind, 'missing-required');
    assert.match(none.message, /^Add an operator such as mustBe or mustNotBe to quality rule #1 of schema 'orders'/);
    const two = only(
      issuesOf(
        'schema:\n  - name: orders\n    quality:\n      - metric: rowCount\n        mustBeGreaterThan: 0\n        mustBeLessThan: 10\n',
      ),
    );
    assert.deepEqual(two.path, ['schema', 0, 'quality', 0, 'mustBeLessThan']);
  });

  it('a property relationship with from is one issue', () => {
    const issue = only(
      issuesOf(
        'schema:\n  - name: orders\n    properties:\n      - name: customer_id\n        relationships:\n          - from: orders.customer_id\n            to: customers.id\n',
      ),
    );
    assert.deepEqual(issue.path, ['schema', 0, 'properties', 0, 'relationships', 0, 'from']);
  });
});
