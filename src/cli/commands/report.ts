// `dclens report [paths…]`: ownership and quality figures over every contract `dclens lint` finds, per group and
// (with --history) over time, as Markdown, JSON, CSV or one self-contained HTML page.
import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  buildReport,
  contractRecords,
  lintText,
  renderReportCsv,
  renderReportJson,
  renderReportMarkdown,
  type CatalogueSnapshot,
  type ContractRecord,
  type GroupBy,
  type Report,
  type ReportHistory,
} from '../../engine';
import { NodeHost, type FileContext } from '../../node/host';
import { toPosix } from '../../node/fs-gitignore';
import { GitProblem } from '../../node/git-show';
import { checkSince, reportHistory } from '../../node/report/history';
import { DCLENS_VERSION } from '../../node/version';
import { decodeContractBytes } from '../contract-text';
import { safeForTerminal, safeOneLine } from '../../formatters/terminal';
import { choiceOption, parseArgs, stringOption, type ParsedArgs } from '../args';
import { CliError, type CliIO, type CommandHandler } from '../command';
import { REPORT_HELP } from '../help';
import { fileContextOf, filesToCheck } from './discover';
import { readContractText, today } from './lint-file';
import { cliCatalogue } from './lint-catalogue';
import { writeOutput } from './output';

const FORMATS = ['html', 'json', 'csv', 'markdown'] as const;
type ReportFormat = (typeof FORMATS)[number];
const GROUPINGS: readonly GroupBy[] = ['domain', 'team', 'folder'];

const OPTIONS = {
  format: { value: true, short: 'f' },
  output: { value: true, short: 'o' },
  by: { value: true },
  config: { value: true, short: 'c' },
  history: {},
  since: { value: true },
  help: { short: 'h' },
};

export const reportCommand: CommandHandler = async (args, io) => {
  const parsed = parseArgs(args, OPTIONS);
  if (parsed.options.has('help')) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  const output = stringOption(parsed, 'output');
  const format = formatOf(parsed, output);
  const by = choiceOption(parsed, 'by', GROUPINGS, 'domain');
  const since = sinceOption(parsed);
  // --since asks for history from a day on, so it implies --history.
  const withHistory = parsed.options.has('history') || since !== undefined;
  const inputs = parsed.positionals.length > 0 ? parsed.positionals : ['.'];
  const warn = (message: string) => io.stderr(`dclens: warning: ${safeOneLine(message)}\n`);
  const host = new NodeHost({ cwd: io.cwd, explicitConfig: stringOption(parsed, 'config'), warn });
  const day = today();

  // The HTML renderer is loaded first, so a build without it stops before any work.
  const renderHtml = format === 'html' ? await loadHtmlRenderer(io.cwd, output) : undefined;

  const files = await filesToCheck(inputs, io.cwd, host);
  const catalogues = new Map<string, CatalogueSnapshot | undefined>();
  const records: ContractRecord[] = [];
  for (const absolute of files) {
    const context = fileContextOf(host, absolute);
    if (context.ignored) continue;
    const relative = toPosix(path.relative(io.cwd, absolute)) || path.basename(absolute);
    const { text } = readContractText(absolute, relative);
    const catalogue = await cliCatalogue(host, context, day);
    catalogues.set(catalogueKey(context), catalogue);
    // Linted and scored exactly as `dclens score` does, so every figure is the sum or mean of its numbers.
    const lint = lintText(text, {
      fileName: absolute,
      config: context.config,
      today: day,
      catalogue,
      catalogueSubjectPath: context.relativePath,
    });
    records.push(
      ...contractRecords(text, {
        fileName: absolute,
        relativePath: relative,
        config: context.config,
        today: day,
        catalogue,
        catalogueSubjectPath: context.relativePath,
        lint,
      }),
    );
  }
  if (records.length === 0) io.stderr('dclens: no data contracts found; the report counts none.\n');
  const unscored = records.filter((r) => r.unscored !== undefined);
  for (const r of unscored) warn(`${r.file}: not scored: ${r.unscored ?? ''}`);

  const history = withHistory ? await historyOf({ io, host, inputs, files, day, since, catalogues }) : undefined;
  // What a reader of the history needs to know (a shallow clone, points per month) is said here too, not only in
  // a report written to a file.
  for (const note of history?.notes ?? []) io.stderr(`dclens: ${safeOneLine(note)}\n`);
  const report = buildReport(records, {
    by,
    version: DCLENS_VERSION,
    generated: generatedAt(),
    ...(history ? { history: { points: history.points, notes: history.notes } } : {}),
  });
  const text = render(format, report, renderHtml);
  if (output) writeOutput(io.cwd, output, text);
  else io.stdout(format === 'markdown' ? safeForTerminal(text) : text);
  return 0;
};

/** --since, checked before any work: a real day written YYYY-MM-DD. */
function sinceOption(parsed: ParsedArgs): string | undefined {
  const since = stringOption(parsed, 'since');
  if (since === undefined) return undefined;
  try {
    return checkSince(since);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/** --format, else what --output's extension says (.html/.htm, .json, .csv, .md), else Markdown. */
function formatOf(parsed: ParsedArgs, output: string | undefined): ReportFormat {
  if (parsed.options.has('format')) return choiceOption(parsed, 'format', FORMATS, 'markdown');
  const ext = output ? path.extname(output).toLowerCase() : '';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.json') return 'json';
  if (ext === '.csv') return 'csv';
  return 'markdown';
}

type HtmlRenderer = (report: Report) => string;

/** The HTML renderer, its links to contracts relative to where the page is written. */
async function loadHtmlRenderer(cwd: string, output: string | undefined): Promise<HtmlRenderer> {
  const pageDir = output ? path.dirname(path.resolve(cwd, output)) : cwd;
  const href = (file: string) => {
    const relative = toPosix(path.relative(pageDir, path.resolve(cwd, file)));
    // Each segment percent-encoded, so no segment can become a scheme; "./" keeps the link relative.
    return `./${relative.split('/').map(encodeURIComponent).join('/')}`;
  };
  try {
    const html = await import('../../report-html');
    return (report) => html.renderReportHtml(report, { href });
  } catch {
    throw new CliError('HTML output is not available in this build; use --format markdown, json or csv');
  }
}

function render(format: ReportFormat, report: Report, renderHtml: HtmlRenderer | undefined): string {
  if (format === 'json') return renderReportJson(report);
  if (format === 'csv') return renderReportCsv(report);
  if (format === 'html' && renderHtml) return renderHtml(report);
  return renderReportMarkdown(report);
}

/** Now, to the second; SOURCE_DATE_EPOCH (seconds) fixes it for reproducible output. */
function generatedAt(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return when.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const catalogueKey = (context: FileContext): string =>
  `${context.catalogueRoot ?? ''}\u0000${JSON.stringify(context.sources)}`;

interface HistoryInputs {
  io: CliIO;
  host: NodeHost;
  inputs: readonly string[];
  /** The files found now (absolute). */
  files: readonly string[];
  day: string;
  since: string | undefined;
  catalogues: ReadonlyMap<string, CatalogueSnapshot | undefined>;
}

/**
 * The figures at each commit that changed a contract, each version scored as the files found now are (same
 * configuration, catalogue and date), so a point differs from the next only by what the contracts say.
 */
async function historyOf(options: HistoryInputs): Promise<ReportHistory> {
  const { io, host, day } = options;
  const isContractPath = contractPathTest(io.cwd, options.inputs, options.files, host);
  const contexts = new Map<string, FileContext>();
  const contextOf = (absolute: string): FileContext => {
    const dir = path.dirname(absolute);
    let context = contexts.get(dir);
    if (!context) {
      context = fileContextOf(host, absolute);
      contexts.set(dir, context);
    }
    return context;
  };
  const recordsFor = (text: string, relativePath: string): ContractRecord[] => {
    const absolute = path.resolve(io.cwd, relativePath);
    const context = contextOf(absolute);
    const catalogue = options.catalogues.get(catalogueKey(context));
    const subject =
      context.catalogueRoot === undefined ? undefined : toPosix(path.relative(context.catalogueRoot, absolute));
    return contractRecords(text, {
      fileName: absolute,
      relativePath,
      config: context.config,
      today: day,
      catalogue,
      catalogueSubjectPath: subject,
      // A point in time needs the figures only; the best next step is for the contracts as they are now.
      nextSteps: false,
    });
  };
  const started = Date.now();
  let shown = started;
  try {
    return await reportHistory({
      cwd: io.cwd,
      isContractPath,
      recordsFor,
      context: historyContext(day, options.catalogues, options.files.map(contextOf)),
      since: options.since,
      decode: (bytes) => decodeContractBytes(bytes).text,
      onProgress: (done, total) => {
        const now = Date.now();
        // A long history says how far it has got, once a second; a short one says nothing.
        if (now - shown < 1000 && done < total) return;
        if (done === total && shown === started) return;
        shown = now;
        io.stderr(`dclens: history: ${done} of ${total} points\n`);
      },
    });
  } catch (error) {
    // A git problem is told in a sentence already (not a repository, git missing, a clone without the objects).
    if (error instanceof GitProblem) throw new CliError(error.message);
    throw error;
  }
}

/**
 * Whether a path (relative to cwd) at some commit is one `dclens report` would read today: a YAML file below one of
 * the folders named (or one of the files named, or found now), not in node_modules or .git, not ignored by the
 * configuration. Whether it is a contract is decided by its content, as now.
 */
function contractPathTest(
  cwd: string,
  inputs: readonly string[],
  files: readonly string[],
  host: NodeHost,
): (relative: string) => boolean {
  const found = new Set(files.map((f) => path.resolve(f)));
  const folders: string[] = [];
  const named = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    if (found.has(absolute)) named.add(absolute);
    else if (!/[*?[{]/.test(input)) folders.push(absolute);
  }
  return (relative) => {
    if (!/\.ya?ml$/i.test(relative)) return false;
    if (relative.split('/').some((part) => part === 'node_modules' || part === '.git')) return false;
    const absolute = path.resolve(cwd, relative);
    const below = folders.some((dir) => absolute.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep));
    if (!below && !named.has(absolute) && !found.has(absolute)) return false;
    try {
      return !host.fileContext(absolute).ignored;
    } catch {
      return false;
    }
  };
}

/** What the historical records depend on besides each file: the date, configurations and catalogue people. */
function historyContext(
  day: string,
  catalogues: ReadonlyMap<string, CatalogueSnapshot | undefined>,
  contexts: readonly FileContext[],
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ day, version: DCLENS_VERSION }));
  const mapsAsLists = (_key: string, value: unknown) => (value instanceof Map ? [...value] : value);
  for (const config of new Set(contexts.map((c) => JSON.stringify(c.config, mapsAsLists)))) hash.update(config);
  for (const [key, snapshot] of [...catalogues].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(key);
    if (snapshot) {
      hash.update(JSON.stringify([...snapshot.people.entries()]));
      hash.update(JSON.stringify([...snapshot.teams.entries()]));
    }
  }
  return hash.digest('hex');
}
