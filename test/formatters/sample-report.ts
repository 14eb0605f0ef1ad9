// A fixed report that exercises every formatter: all severities, a fix, a clean contract, a broken file,
// and characters each format must escape.
import type { Finding } from '../../src/engine';
import type { LintReport, RuleDescription } from '../../src/formatters';

const docs = (id: string) => `https://github.com/data-contract-lens/data-contract-lens/blob/main/docs/rules/${id}.md`;
const at = (line: number, character: number, endLine: number, endCharacter: number) => ({
  start: { line, character },
  end: { line: endLine, character: endCharacter },
});

const invalidEnum: Finding = {
  ruleId: 'schema-invalid-enum',
  code: 'DCL011',
  severity: 'error',
  message: "Use 'string': logicalType 'strng' is not allowed for property 'customer_id' in schema 'customers'.",
  detail: 'Allowed values of logicalType: `string`, `date`.',
  path: ['schema', 0, 'properties', 0, 'logicalType'],
  range: at(17, 21, 17, 26),
  docsUrl: docs('schema-invalid-enum'),
  fix: { title: "Change to 'string'", edits: [{ range: at(17, 21, 17, 26), newText: 'string' }] },
};
const noTeam: Finding = {
  ruleId: 'no-team',
  code: 'DCL100',
  severity: 'warning',
  message: 'The contract has no team, so nobody is named as its owner.\nAdd a team with at least a Data Owner.',
  path: [],
  range: at(0, 0, 0, 10),
  docsUrl: docs('no-team'),
};
const escapes: Finding = {
  ruleId: 'primary-key-quality-checks',
  code: 'DCL161',
  severity: 'info',
  message: 'Add a check: rows with 100% <unique> & "non-null" keys, e.g. a: b, c',
  path: ['schema', 0],
  range: at(12, 4, 12, 8),
  docsUrl: docs('primary-key-quality-checks'),
};
const hint: Finding = {
  ruleId: 'deprecated-data-product',
  code: 'DCL220',
  severity: 'hint',
  message: "'dataProduct' is deprecated.",
  path: ['dataProduct'],
  range: at(5, 0, 5, 11),
  docsUrl: docs('deprecated-data-product'),
};
const syntax: Finding = {
  ruleId: 'yaml-syntax',
  code: 'DCL001',
  severity: 'error',
  message: 'Close this quoted value: add the closing quote.',
  path: [],
  range: at(3, 6, 3, 15),
  docsUrl: docs('yaml-syntax'),
};

export const sampleReport: LintReport = {
  filesExamined: 5,
  files: [
    {
      file: 'contracts/customers,v1.odcs.yaml',
      result: {
        isContract: true,
        kind: 'odcs',
        apiVersion: 'v3.1.0',
        documents: [
          { documentIndex: 0, kind: 'odcs', apiVersion: 'v3.1.0', findings: [noTeam, hint, escapes, invalidEnum] },
        ],
        findings: [noTeam, hint, escapes, invalidEnum],
      },
    },
    {
      file: 'contracts/orders.odcs.yaml',
      result: {
        isContract: true,
        kind: 'odcs',
        apiVersion: 'v3.1.0',
        documents: [{ documentIndex: 0, kind: 'odcs', apiVersion: 'v3.1.0', findings: [] }],
        findings: [],
      },
    },
    {
      file: 'broken/payments.odcs.yaml',
      result: {
        isContract: true,
        kind: 'yaml-error',
        documents: [{ documentIndex: 0, kind: 'yaml-error', findings: [syntax] }],
        findings: [syntax],
      },
    },
  ],
};

export const emptyReport: LintReport = { filesExamined: 2, files: [] };

/** Fixed rule descriptions, so golden files do not change whenever a rule is added to the registry. */
export const sampleRules: RuleDescription[] = [
  {
    meta: {
      id: 'yaml-syntax',
      code: 'DCL001',
      group: 'syntax',
      severity: 'error',
      description: 'The file is valid YAML.',
    },
  },
  {
    meta: {
      id: 'schema-invalid-enum',
      code: 'DCL011',
      group: 'schema',
      severity: 'error',
      description: 'Values come from the allowed list.',
    },
  },
  {
    meta: {
      id: 'no-team',
      code: 'DCL100',
      group: 'ownership',
      severity: 'warning',
      description: 'The contract names a team.',
    },
  },
  {
    meta: {
      id: 'primary-key-quality-checks',
      code: 'DCL161',
      group: 'data-quality',
      severity: 'info',
      description: 'Primary keys are checked.',
    },
  },
  {
    meta: {
      id: 'naming-convention',
      code: 'DCL240',
      group: 'naming',
      severity: 'off',
      description: 'Names follow a convention.',
    },
  },
];
