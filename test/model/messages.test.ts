import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { validateOdcs } from '../../src/engine/model';
import { issuesOf, only } from './helpers';

describe('model: plain-English issues', () => {
  it('reports an unknown key at the key, with a did-you-mean rename', () => {
    const issue = only(issuesOf('schema:\n  - name: orders\n    descripton: Orders placed\n'));
    assert.equal(issue.kind, 'unknown-key');
    assert.equal(issue.target, 'key');
    assert.deepEqual(issue.path, ['schema', 0, 'descripton']);
    assert.equal(issue.message, "Rename the unknown key 'descripton' to 'description' in schema 'orders'.");
    assert.deepEqual(issue.fix, {
      kind: 'rename-key',
      title: "Rename to 'description'",
      path: ['schema', 0, 'descripton'],
      newKey: 'description',
    });
  });

  it('suggests a key that differs only in case', () => {
    const issue = only(issuesOf('schema:\n  - name: orders\n    PhysicalName: t_orders\n'));
    assert.equal(issue.fix?.kind === 'rename-key' && issue.fix.newKey, 'physicalName');
  });

  it('lists the allowed keys in the detail when nothing is close, and offers no fix', () => {
    const issue = only(issuesOf('schema:\n  - name: orders\n    grain: daily\n'));
    assert.equal(issue.message, "Remove or rename the unknown key 'grain' of schema 'orders'.");
    assert.match(issue.detail ?? '', /^Allowed keys here: .*\bdataGranularityDescription\b.*\bproperties\b/);
    assert.equal(issue.fix, undefined);
  });

  it('does not suggest a key the object already has', () => {
    const issue = only(issuesOf('schema:\n  - name: orders\n    description: a\n    descripton: b\n'));
    assert.equal(issue.fix, undefined);
  });

  it('reports a bad enum value at the value, with the allowed values', () => {
    const issue = only(
      issuesOf('schema:\n  - name: orders\n    properties:\n      - name: order_date\n        logicalType: datetime\n'),
    );
    assert.equal(issue.kind, 'invalid-enum');
    assert.equal(issue.target, 'value');
    assert.deepEqual(issue.path, ['schema', 0, 'properties', 0, 'logicalType']);
    assert.equal(
      issue.message,
      "Use 'timestamp': logicalType 'datetime' is not allowed for property 'order_date' in schema 'orders'.",
    );
    // 'datetime' is another system's name for exactly one ODCS type
    assert.deepEqual(issue.fix, {
      kind: 'replace-value',
      title: "Change to 'timestamp'",
      path: ['schema', 0, 'properties', 0, 'logicalType'],
      newText: 'timestamp',
    });
  });

  it('offers no value when none is clearly meant, and names the values the message has no room for', () => {
    const issue = only(
      issuesOf('schema:\n  - name: orders\n    properties:\n      - name: order_date\n        logicalType: calendar\n'),
    );
    assert.equal(issue.kind, 'invalid-enum');
    assert.equal(
      issue.message,
      "Replace logicalType 'calendar' of property 'order_date' in schema 'orders' with an allowed value.",
    );
    assert.equal(
      issue.detail,
      'Allowed values of logicalType: string, date, timestamp, time, number, integer, object, array, boolean.',
    );
    const kind = only(
      validateOdcs(parse('apiVersion: v3.1.0\nkind: DataModel\nid: x\nversion: 1.0.0\nstatus: draft\n'), 'v3.1.0'),
    );
    assert.equal(kind.message, "Replace kind 'DataModel' of the contract with DataContract.");
    assert.equal(issue.fix, undefined, 'no value is clearly meant');
  });

  it('offers the enum value that is clearly meant', () => {
    const cased = only(
      issuesOf('schema:\n  - name: orders\n    properties:\n      - name: id\n        logicalType: String\n'),
    );
    assert.deepEqual(cased.fix, {
      kind: 'replace-value',
      title: "Change to 'string'",
      path: ['schema', 0, 'properties', 0, 'logicalType'],
      newText: 'string',
    });
    const typo = only(
      issuesOf('schema:\n  - name: orders\n    quality:\n      - metric: rowCont\n        mustBeGreaterThan: 0\n'),
    );
    assert.equal(typo.fix?.kind === 'replace-value' && typo.fix.newText, 'rowCount');
  });

  it('reports a missing required key on the object, by position when it has no name', () => {
    const issue = only(
      issuesOf(
        'schema:\n  - name: orders\n    properties:\n      - name: a\n      - name: b\n      - logicalType: string\n',
      ),
    );
    assert.equal(issue.kind, 'missing-required');
    assert.equal(issue.target, 'key');
    assert.deepEqual(issue.path, ['schema', 0, 'properties', 2]);
    assert.equal(issue.message, "Add the required key 'name' to property #3 in schema 'orders'.");
  });

  it('reports a missing top-level key on the contract', () => {
    const issues = validateOdcs(
      parse('apiVersion: v3.1.0\nkind: DataContract\nversion: 1.0.0\nstatus: draft\n'),
      'v3.1.0',
    );
    const issue = only(issues);
    assert.deepEqual(issue.path, []);
    assert.equal(issue.message, "Add the required key 'id' to the contract.");
  });

  it('reports a wrong type at the value and quotes what was found', () => {
    const issue = only(
      issuesOf('schema:\n  - name: orders\n    properties:\n      - name: qty\n        required: "yes"\n'),
    );
    assert.equal(issue.kind, 'wrong-type');
    assert.deepEqual(issue.path, ['schema', 0, 'properties', 0, 'required']);
    assert.equal(
      issue.message,
      `Use true or false for 'required' of property 'qty' in schema 'orders', not the text "yes".`,
    );
  });

  it('names quality rules, servers, team members and SLA properties as an analyst would', () => {
    const quality = only(
      issuesOf(
        'schema:\n  - name: customers\n    properties:\n      - name: email\n        quality:\n          - metric: nullValues\n            mustBe: 0\n          - metric: nullValues\n            mustBe: 0\n            dimensio: completeness\n',
      ),
    );
    assert.match(
      quality.message,
      /^Rename the unknown key 'dimensio' to 'dimension' in quality rule #2 of property 'email' in schema 'customers'/,
    );
    const server = only(
      issuesOf(
        'servers:\n  - server: production\n    type: postgres\n    host: db\n    port: "5432"\n    database: d\n    schema: s\n',
      ),
    );
    assert.equal(server.message, `Use a whole number for 'port' of server 'production', not the text "5432".`);
    const member = only(issuesOf('team:\n  name: sales\n  members:\n    - username: jdoe\n      rol: Data Owner\n'));
    assert.equal(member.message, "Rename the unknown key 'rol' to 'role' in team member 'jdoe'.");
    const sla = only(issuesOf('slaProperties:\n  - property: latency\n    value: 4\n    unti: d\n'));
    assert.equal(sla.message, "Remove or rename the unknown key 'unti' of SLA property 'latency'.");
  });

  it('names nested properties by their path of names', () => {
    const issue = only(
      issuesOf(
        'schema:\n  - name: orders\n    properties:\n      - name: lines\n        logicalType: array\n        items:\n          logicalType: object\n          properties:\n            - name: sku\n              logicalType: strng\n',
      ),
    );
    assert.match(issue.message, /logicalType 'strng' is not allowed for property 'lines\[\]\.sku' in schema 'orders'/);
  });

  it('reports a bad date format and a bad URI as invalid values', () => {
    const date = only(issuesOf('team:\n  members:\n    - username: jdoe\n      dateIn: 2024-13-01\n'));
    assert.equal(date.kind, 'invalid-value');
    assert.equal(
      date.message,
      `Fix 'dateIn' of team member 'jdoe': it must be a date like 2025-01-31, not the text "2024-13-01".`,
    );
    assert.equal(date.detail, 'For example: 2025-01-31 (year, month, day).');
    const uri = only(issuesOf('servers:\n  - server: lake\n    type: s3\n    location: my-bucket\n'));
    assert.equal(uri.kind, 'invalid-value');
    assert.deepEqual(uri.path, ['servers', 0, 'location']);
  });

  it('reports a non-mapping document once', () => {
    const issue = only(validateOdcs('just text', 'v3.1.0'));
    assert.equal(issue.kind, 'wrong-type');
    assert.deepEqual(issue.path, []);
  });
});

describe('model: hints for common misunderstandings', () => {
  it('an owner key points to team members with the Data Owner role', () => {
    const issue = only(issuesOf('owner: jane@example.com\n'));
    assert.equal(issue.kind, 'unknown-key');
    assert.match(
      issue.message,
      /^Replace 'owner' of the contract with a member of team\.members whose role is 'Data Owner'\.$/,
    );
    assert.match(issue.detail ?? '', /ODCS has no owner key/);
  });

  it('the list of allowed keys leaves out deprecated ones', () => {
    const issue = only(issuesOf('zzz: 1\n'));
    assert.doesNotMatch(issue.detail ?? '', /dataProduct|slaDefaultElement/);
    assert.match(issue.detail ?? '', /^Allowed keys here: .*\bschema\b.*\bteam\b/);
  });
});

describe('model: quick fixes for values written as text', () => {
  it('offers true for "yes" and a number for "5432"', () => {
    const yes = only(
      issuesOf('schema:\n  - name: orders\n    properties:\n      - name: qty\n        required: "yes"\n'),
    );
    assert.deepEqual(yes.fix, {
      kind: 'replace-value',
      title: 'Change to true',
      path: ['schema', 0, 'properties', 0, 'required'],
      newText: 'true',
    });
    const port = only(
      issuesOf('servers:\n  - server: db\n    type: mysql\n    host: h\n    port: "5432"\n    database: d\n'),
    );
    assert.deepEqual(port.fix, {
      kind: 'replace-value',
      title: 'Change to 5432',
      path: ['servers', 0, 'port'],
      newText: '5432',
    });
  });

  it('offers nothing when the text means nothing of the kind', () => {
    const maybe = only(
      issuesOf('schema:\n  - name: orders\n    properties:\n      - name: qty\n        unique: maybe\n'),
    );
    assert.equal(maybe.fix, undefined);
  });

  it('an enum of the wrong type lists the allowed values', () => {
    const issue = only(
      issuesOf('schema:\n  - name: orders\n    properties:\n      - name: qty\n        logicalType: 5\n'),
    );
    assert.equal(issue.kind, 'wrong-type');
    assert.equal(
      issue.message,
      "Use an allowed value for 'logicalType' of property 'qty' in schema 'orders', not the number 5.",
    );
    assert.equal(
      issue.detail,
      'Allowed values of logicalType: string, date, timestamp, time, number, integer, object, array, boolean.',
    );
  });
});
