// JUnit XML: one test suite per contract, one test case per finding (errors and warnings fail).
import type { Finding } from '../engine';
import type { Formatter } from './types';
import { oneBased } from './types';
import { safeForTerminal } from './terminal';

/**
 * Escapes text for XML attributes and content: control characters are shown as visible escapes (`\x1b`), so a CI
 * page or a terminal never runs them, and what XML 1.0 still cannot hold (lone surrogates, U+FFFE) is dropped.
 */
export function escapeXml(text: string): string {
  return safeForTerminal(text)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values also keep their line breaks as character references (parsers turn raw ones into spaces). */
function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');
}

const fails = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

export const formatJunit: Formatter = (report) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const { file, result } of report.files) {
    const cases: string[] = [];
    for (const f of result.findings) {
      const { line, column } = oneBased(f);
      const name = escapeXml(`${line}:${column} ${f.ruleId}`);
      // A grouped finding lists each of its places, so a CI report shows where to look without the editor.
      const places = (f.related ?? [])
        .map((r) => `\n  ${file}:${oneBased(r).line}:${oneBased(r).column}: ${r.message}`)
        .join('');
      const detail = escapeXml(
        `${file}:${line}:${column}: ${f.severity}: ${f.message} (${f.ruleId}, ${f.code})${places}\n${f.docsUrl}`,
      );
      const attrs = `name="${name}" classname="${escapeXml(file)}"`;
      if (fails(f)) {
        cases.push(
          `    <testcase ${attrs}>\n      <failure message="${escapeAttribute(f.message)}" type="${f.severity}">${detail}</failure>\n    </testcase>`,
        );
      } else {
        cases.push(`    <testcase ${attrs}>\n      <system-out>${detail}</system-out>\n    </testcase>`);
      }
    }
    // A clean contract still shows up as one passing test.
    if (cases.length === 0) cases.push(`    <testcase name="no problems" classname="${escapeXml(file)}"/>`);
    const failed = result.findings.filter(fails).length;
    tests += cases.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${failed}" errors="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="dclens" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
