// Real contracts from public repositories (test/fixtures/realworld/, see SOURCES.md), linted as a new user would:
// - our valid/invalid verdict equals the official JSON Schema's for the version each file declares;
// - a file that declares a version we do not know gets one finding about the version, not a cascade;
// - --fix keeps the file parseable and every comment, never makes it worse for the official schema, and is stable;
// - the recommended profile is quiet on the files the official schema accepts (the targets of issue 8).
import assert from 'node:assert/strict';
import { Lexer, parseAllDocuments } from 'yaml';
import { fixAll, lintText, type FileLintResult, type Finding } from '../../src/engine';
import { corpusFiles, officialVerdict, type CorpusFile } from './realworld-corpus';
import { formatNoise, measureNoise } from './noise';

const TODAY = '2026-11-27';
const MEDIAN_TARGET = 4;
const PER_RULE_TARGET = 25;

const lint = (name: string) => (text: string) => lintText(text, { fileName: name, today: TODAY });
const results = new Map<string, FileLintResult>();
function resultOf(file: CorpusFile): FileLintResult {
  let result = results.get(file.name);
  if (!result) results.set(file.name, (result = lint(file.name)(file.text)));
  return result;
}

const describeFinding = (f: Finding) =>
  `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.ruleId}: ${f.message}`;
const isAboutVersion = (f: Finding) =>
  f.ruleId.startsWith('odcs-version-') || (f.path.length === 1 && f.path[0] === 'apiVersion');

/** The text of every comment (`# …`), in order; `#` inside scalars and block scalars is not a comment. */
function commentsOf(text: string): string[] {
  const comments: string[] = [];
  let previous = '';
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith('#') && previous !== '\u001f') comments.push(token.trimEnd());
    previous = token;
  }
  return comments;
}

function yamlProblems(text: string): { errors: number; duplicateKeys: number } {
  const errors = parseAllDocuments(text).flatMap((d) => ('errors' in d ? d.errors : []));
  return { errors: errors.length, duplicateKeys: errors.filter((e) => e.code === 'DUPLICATE_KEY').length };
}

function missingComments(before: string, after: string): string[] {
  const left = new Map<string, number>();
  for (const c of commentsOf(after)) left.set(c, (left.get(c) ?? 0) + 1);
  const missing: string[] = [];
  for (const c of commentsOf(before)) {
    const n = left.get(c) ?? 0;
    if (n === 0) missing.push(c);
    else left.set(c, n - 1);
  }
  return missing;
}

describe('real-world contracts (test/fixtures/realworld)', function () {
  this.timeout(120_000);
  const files = corpusFiles();

  before(() => {
    const tally = (key: (f: CorpusFile) => string) => {
      const counts = new Map<string, number>();
      for (const f of files) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
      return [...counts]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
    };
    const repos = new Set(files.map((f) => f.name.split('__').slice(0, 2).join('/')));
    console.log(`    ${files.length} files from ${repos.size} repositories`);
    console.log(`    declared versions: ${tally((f) => f.official.apiVersion ?? '(none)')}`);
    console.log(`    official schema: ${tally((f) => f.official.verdict)}`);
  });

  it('has at least 45 files from at least 10 repositories', () => {
    assert.ok(files.length >= 45, `${files.length} files`);
    assert.ok(new Set(files.map((f) => f.name.split('__').slice(0, 2).join('/'))).size >= 10);
  });

  describe('our verdict equals the official schema of the declared version', () => {
    for (const file of files) {
      const { verdict, apiVersion, sample } = file.official;
      it(`${file.name} (${apiVersion ?? 'no apiVersion'}: ${verdict})`, () => {
        const findings = resultOf(file).findings;
        const errors = findings.filter((f) => f.severity === 'error');
        if (verdict === 'valid') {
          assert.deepEqual(errors.map(describeFinding), [], 'the official schema accepts this file');
        } else if (verdict === 'invalid' || verdict === 'yaml-error') {
          assert.ok(
            errors.length > 0,
            `the official schema rejects this file (${sample.join('; ')}), but we report no error`,
          );
        } else {
          // v2.2.x (old, migrate) and versions nobody released (an error, with the nearest known one suggested):
          // exactly one finding about the version
          const aboutVersion = findings.filter(isAboutVersion);
          const expected = verdict === 'v2' ? 'odcs-version-unsupported' : 'odcs-version-unknown';
          assert.deepEqual(
            aboutVersion.map((f) => f.ruleId),
            [expected],
            aboutVersion.map(describeFinding).join('\n'),
          );
          if (verdict !== 'v2')
            assert.ok(
              aboutVersion[0].suggestions?.length && !aboutVersion[0].fix,
              'the nearest version is a suggestion',
            );
        }
      });
    }
  });

  describe('--fix: still parses, keeps every comment, never worse for the official schema, stable', () => {
    for (const file of files) {
      it(file.name, () => {
        const fixed = fixAll(file.text, lint(file.name));
        if (fixed.text === file.text) return;
        const before = yamlProblems(file.text);
        const after = yamlProblems(fixed.text);
        assert.ok(
          after.duplicateKeys <= before.duplicateKeys,
          `the fixes add ${after.duplicateKeys - before.duplicateKeys} duplicate keys`,
        );
        assert.ok(
          after.errors <= before.errors,
          `the fixes break the YAML: ${after.errors} syntax errors, ${before.errors} before`,
        );
        assert.deepEqual(missingComments(file.text, fixed.text), [], 'comments lost by the fixes');
        const official = file.official;
        if (official.verdict === 'valid' || official.verdict === 'invalid') {
          const then = officialVerdict(fixed.text);
          assert.ok(
            then.verdict === 'valid' || then.verdict === 'invalid',
            `after the fixes the official schema cannot check the file (${then.verdict}, apiVersion ${then.apiVersion})`,
          );
          assert.ok(
            then.errors <= official.errors,
            `the fixes raise the official schema's errors from ${official.errors} to ${then.errors}: ${then.sample.join('; ')}`,
          );
        }
        const again = fixAll(fixed.text, lint(file.name));
        assert.equal(again.text, fixed.text, 'a second --fix changes the file again');
      });
    }
  });

  describe('noise on the files the official schema accepts (recommended profile)', () => {
    const accepted = files.filter((f) => f.official.verdict === 'valid');
    let report: ReturnType<typeof measureNoise>;
    before(() => {
      report = measureNoise(accepted.map((f) => ({ file: f.name, findings: resultOf(f).findings })));
      console.log(formatNoise(report, 'recommended', '    '));
    });

    it(`median findings per file is at most ${MEDIAN_TARGET}`, () => {
      assert.ok(report.median <= MEDIAN_TARGET, `median ${report.median}`);
    });

    it(`no rule reports more than ${PER_RULE_TARGET} times in one file`, () => {
      const max = report.maxRuleInFile;
      assert.ok(!max || max.count <= PER_RULE_TARGET, max && `${max.ruleId} reports ${max.count} times in ${max.file}`);
    });
  });
});
