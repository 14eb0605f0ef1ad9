// SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps): every rule, every result, fixes where safe.
import { allRules, docsUrlFor, type Finding, type RuleLevel, type Severity, type TextEdit } from '../engine';
import type { Formatter } from './types';

const INFORMATION_URI = 'https://github.com/data-contract-lens/data-contract-lens';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const RESULT_LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function defaultLevel(level: RuleLevel): SarifLevel {
  return level === 'off' ? 'none' : RESULT_LEVEL[level];
}

/** SARIF regions are 1-based; an empty range is an insertion point. */
function region(range: Finding['range']) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function fixesOf(finding: Finding, uri: string) {
  if (!finding.fix) return undefined;
  return [
    {
      description: { text: finding.fix.title },
      artifactChanges: [
        {
          artifactLocation: { uri },
          replacements: finding.fix.edits.map((edit: TextEdit) => ({
            deletedRegion: region(edit.range),
            insertedContent: { text: edit.newText },
          })),
        },
      ],
    },
  ];
}

export const formatSarif: Formatter = (report, context) => {
  const described = context.rules ?? allRules;
  const ruleIndex = new Map(described.map((rule, index) => [rule.meta.id, index]));
  const rules = described.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.code,
    shortDescription: { text: rule.meta.description },
    helpUri: docsUrlFor(rule.meta.id),
    defaultConfiguration: { enabled: rule.meta.severity !== 'off', level: defaultLevel(rule.meta.severity) },
    properties: { tags: [rule.meta.group] },
  }));
  const results = report.files.flatMap(({ file, result }) =>
    result.findings.map((f) => {
      const fixes = fixesOf(f, file);
      return {
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
        level: RESULT_LEVEL[f.severity],
        // the detail (Markdown) follows the message where a viewer renders Markdown, such as code scanning
        message: f.detail
          ? { text: f.message, markdown: `${markdownText(f.message)}\n\n${f.detail}` }
          : { text: f.message },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' }, region: region(f.range) },
            ...(f.path.length > 0 ? { logicalLocations: [{ fullyQualifiedName: f.path.join('.') }] } : {}),
          },
        ],
        // A grouped finding names every place; each becomes a related location with the rule's message about it.
        ...(f.related
          ? {
              relatedLocations: f.related.map((r, id) => ({
                id,
                physicalLocation: { artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' }, region: region(r.range) },
                ...(r.path.length > 0 ? { logicalLocations: [{ fullyQualifiedName: r.path.join('.') }] } : {}),
                message: { text: r.message },
              })),
            }
          : {}),
        ...(fixes ? { fixes } : {}),
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'dclens', version: context.version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory dclens ran from.' } } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** Plain text as Markdown: the characters Markdown would read as formatting are escaped. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (ch) => `\\${ch}`);
}
