// `dclens test CONTRACT [--server NAME] [--format text|json|junit] [--output FILE]`: runs the contract's checks
// against its data where it lives (DuckDB in process for local files and DuckDB files, PostgreSQL through pg).
import path from 'node:path';
import { contractChecks, type CheckResult, type DataServer } from '../../engine';
import { safeForTerminal, safeOneLine } from '../../formatters/terminal';
import { escapeXml } from '../../formatters/junit';
import { toPosix } from '../../node/fs-gitignore';
import { DCLENS_VERSION } from '../../node/version';
import { DataUnreachable } from '../../node/data/data-paths';
import {
  chooseServer,
  countResults,
  nowSeconds,
  runContract,
  RunProblem,
  type ResultCounts,
} from '../../node/data/run-contract';
import { choiceOption, parseArgs, stringOption } from '../args';
import { CliError, type CommandHandler } from '../command';
import { readContractText } from '../contract-text';
import { writeOutput } from './output';

export const TEST_HELP = `Usage: dclens test CONTRACT [--server NAME] [--format text|json|junit] [--output FILE]

Runs the checks a data contract makes against its data: tables and columns exist with the declared types,
required, unique and primary keys hold, logicalTypeOptions, the quality rules (nullValues, missingValues,
invalidValues, duplicateValues, rowCount and read-only SQL) and the latency or freshness SLA.
Checks run where the data lives: local CSV, Parquet and JSON files and DuckDB files in DuckDB, in process;
PostgreSQL through its own client (credentials from PGUSER/PGPASSWORD or ~/.pgpass, never from the contract).

Options:
  -s, --server NAME     The server of the contract to test against (default: the first one)
  -f, --format NAME     text (default), json or junit
  -o, --output FILE     Write the report to FILE instead of the terminal
  -h, --help            Show this help

Exit codes: 0 every check passed (skipped ones allowed), 1 a check failed or could not run,
2 the data could not be reached (unknown server, missing file, refused connection) or a usage problem.

Environment:
  DCLENS_NOW=ISO-TIME   The time latency and freshness are measured against (default: now)
`;

const OPTIONS = {
  server: { value: true, short: 's' },
  format: { value: true, short: 'f' },
  output: { value: true, short: 'o' },
  help: { short: 'h' },
};

export const testCommand: CommandHandler = async (args, io) => {
  const parsed = parseArgs(args, OPTIONS);
  if (parsed.options.has('help')) {
    io.stdout(TEST_HELP);
    return 0;
  }
  const format = choiceOption(parsed, 'format', ['text', 'json', 'junit'] as const, 'text');
  if (parsed.positionals.length !== 1) throw new CliError('name one contract: dclens test CONTRACT [--server NAME]');
  const absolute = path.resolve(io.cwd, parsed.positionals[0]);
  const relative = toPosix(path.relative(io.cwd, absolute)) || path.basename(absolute);
  const { text } = readContractText(absolute, relative);
  const tests = contractChecks(text);
  if (tests.problem) throw new CliError(`${relative}: ${tests.problem}`);
  let server: DataServer;
  let summary;
  const started = Date.now();
  try {
    server = chooseServer(tests.servers, stringOption(parsed, 'server'), relative);
    summary = await runContract(tests, server, path.dirname(absolute), {
      nowSeconds: nowSeconds(),
      onOpened: () =>
        io.stderr(
          `Testing ${safeOneLine(relative)} against server '${safeOneLine(server.server)}' (${server.type})…\n`,
        ),
      onProgress: (message) => io.stderr(`${safeOneLine(message)}\n`),
    });
  } catch (error) {
    if (error instanceof RunProblem) throw new CliError(error.message);
    if (error instanceof DataUnreachable) throw new CliError(`server '${server!.server}': ${error.message}`);
    throw error;
  }
  const counts = countResults(summary.results);
  const report = { file: relative, server, results: summary.results, counts };
  const output =
    format === 'json'
      ? renderJson(report)
      : format === 'junit'
        ? renderJunit(report, Date.now() - started)
        : renderText(report);
  const outputFile = stringOption(parsed, 'output');
  if (outputFile) writeOutput(io.cwd, outputFile, output);
  else io.stdout(output);
  io.stderr(
    `${summary.scans} ${summary.scans === 1 ? 'scan' : 'scans'} of the data in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
  );
  if (summary.unreachable.length > 0) {
    io.stderr(`dclens: server '${safeOneLine(server.server)}': ${safeOneLine(summary.unreachable[0])}\n`);
    return 2;
  }
  return counts.failed + counts.errors > 0 ? 1 : 0;
};

interface Report {
  file: string;
  server: DataServer;
  results: CheckResult[];
  counts: ResultCounts;
}

function renderJson(report: Report): string {
  return `${JSON.stringify({
    tool: 'dclens',
    version: DCLENS_VERSION,
    file: report.file,
    server: { server: report.server.server, type: report.server.type },
    checks: report.results.map((r) => ({
      id: r.check.id,
      schema: r.check.schema,
      property: r.check.property,
      type: r.check.type,
      line: r.check.range.start.line + 1,
      status: r.status,
      actual: r.actual,
      expected: r.expected,
      message: r.message,
      query: r.query,
      sample: r.sample,
    })),
    summary: report.counts,
  })}\n`;
}

function renderText(report: Report): string {
  const lines = [`${report.file} — server '${report.server.server}' (${report.server.type})`];
  const width = Math.max(...report.results.map((r) => String(r.check.range.start.line + 1).length), 1);
  for (const r of report.results) {
    const line = String(r.check.range.start.line + 1).padStart(width);
    lines.push(`  ${line}  ${r.status.padEnd(7)}  ${r.check.id}  ${r.message}`);
    if (r.sample && r.sample.length > 0) {
      for (const row of r.sample) lines.push(`  ${' '.repeat(width)}           ${JSON.stringify(row)}`);
    }
  }
  const c = report.counts;
  lines.push(
    '',
    `${c.passed} passed, ${c.failed} failed, ${c.errors} ${c.errors === 1 ? 'error' : 'errors'}, ${c.skipped} skipped`,
  );
  return safeForTerminal(`${lines.join('\n')}\n`);
}

function renderJunit(report: Report, millis: number): string {
  const c = report.counts;
  const cases = report.results.map((r) => {
    const name = escapeXml(r.check.id);
    const classname = escapeXml(`${report.file}.${r.check.schema || 'contract'}`);
    const where = `${report.file}:${r.check.range.start.line + 1}`;
    const body =
      r.status === 'failed'
        ? `<failure message="${escapeXml(r.message)}" type="${escapeXml(r.check.type)}">${escapeXml(`${where}: ${r.message}${r.sample ? `\nsample: ${JSON.stringify(r.sample)}` : ''}`)}</failure>`
        : r.status === 'error'
          ? `<error message="${escapeXml(r.message)}" type="${escapeXml(r.check.type)}">${escapeXml(`${where}: ${r.message}`)}</error>`
          : r.status === 'skipped'
            ? `<skipped message="${escapeXml(r.message)}"/>`
            : '';
    return `    <testcase name="${name}" classname="${classname}" file="${escapeXml(report.file)}" line="${r.check.range.start.line + 1}">${body}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="dclens test" tests="${report.results.length}" failures="${c.failed}" errors="${c.errors}" skipped="${c.skipped}" time="${(millis / 1000).toFixed(3)}">`,
    `  <testsuite name="${escapeXml(`${report.file} (${report.server.server})`)}" tests="${report.results.length}" failures="${c.failed}" errors="${c.errors}" skipped="${c.skipped}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
