// `dclens score [paths…] [--format text|json] [--min-score N]`: the quality score of each contract found.
import path from 'node:path';
import { NodeHost } from '../../node/host';
import { fileContextOf, filesToCheck } from './discover';
import { toPosix } from '../../node/fs-gitignore';
import { safeForTerminal, safeOneLine } from '../../formatters/terminal';
import { lintText, renderScoreText, scoreContracts, type ContractScore, type Range } from '../../engine';
import { choiceOption, intOption, parseArgs, stringOption } from '../args';
import { CliError, type CommandHandler } from '../command';
import { readContractText, today } from './lint-file';
import { cliCatalogue } from './lint-catalogue';

const USAGE = 'usage: dclens score [paths…] [--format text|json] [--min-score N] [--config FILE]';
const OPTIONS = {
  format: { value: true, short: 'f' },
  'min-score': { value: true },
  config: { value: true, short: 'c' },
  help: { short: 'h' },
};

export const scoreCommand: CommandHandler = async (args, io) => {
  const parsed = parseArgs(args, OPTIONS);
  if (parsed.options.has('help')) {
    io.stdout(
      `${USAGE}\n\nScores each data contract 0–100 on completeness, uniqueness, consistency, timeliness, validity,\naccuracy, ownership and documentation, and shows the steps that raise the score most.\n--min-score N exits with code 1 when a contract scores below N.\n`,
    );
    return 0;
  }
  const format = choiceOption(parsed, 'format', ['text', 'json'] as const, 'text');
  const minScore = intOption(parsed, 'min-score');
  if (minScore !== undefined && (minScore < 0 || minScore > 100))
    throw new CliError(`--min-score must be from 0 to 100; ${USAGE}`);
  const inputs = parsed.positionals.length > 0 ? parsed.positionals : ['.'];
  // The catalogue lint reads, so owner findings (a Data Owner who has left) weigh on the score as they do in lint.
  const host = new NodeHost({
    cwd: io.cwd,
    explicitConfig: stringOption(parsed, 'config'),
    warn: (warning) => io.stderr(`dclens: warning: ${safeOneLine(warning)}\n`),
  });
  const files = await filesToCheck(inputs, io.cwd, host);

  const day = today();
  const results: Array<{ file: string; contracts: ContractScore[] }> = [];
  for (const absolute of files) {
    const context = fileContextOf(host, absolute);
    if (context.ignored) continue;
    const relative = toPosix(path.relative(io.cwd, absolute)) || path.basename(absolute);
    const { text } = readContractText(absolute, relative);
    const catalogue = await cliCatalogue(host, context, day);
    const lint = lintText(text, {
      fileName: absolute,
      config: context.config,
      today: day,
      catalogue,
      catalogueSubjectPath: context.relativePath,
    });
    const contracts = scoreContracts(text, { fileName: absolute, config: context.config, today: day, catalogue, lint });
    if (contracts.length > 0) results.push({ file: relative, contracts });
  }

  if (format === 'json') {
    io.stdout(
      `${JSON.stringify({ files: results.map((r) => ({ file: r.file, contracts: r.contracts.map(oneBased) })) }, null, 2)}\n`,
    );
  } else if (results.length === 0) {
    io.stdout('No data contracts found.\n');
  } else {
    io.stdout(safeForTerminal(results.map((r) => renderScoreText(r.file, r.contracts)).join('\n')));
  }
  const below = minScore !== undefined && results.some((r) => r.contracts.some((c) => c.overall < minScore));
  return below ? 1 : 0;
};

/** JSON output is 1-based, as its readers expect; inside the program positions are 0-based. */
function oneBased(score: ContractScore): unknown {
  const range = (r: Range) => ({
    start: { line: r.start.line + 1, character: r.start.character + 1 },
    end: { line: r.end.line + 1, character: r.end.character + 1 },
  });
  const step = <T extends { range: Range; edits: unknown }>(s: T) => ({
    ...s,
    range: range(s.range),
    edits: undefined,
  });
  return {
    ...score,
    areas: Object.fromEntries(
      Object.entries(score.areas).map(([k, a]) => [k, { ...a, ...(a.nextStep ? { nextStep: step(a.nextStep) } : {}) }]),
    ),
    nextSteps: score.nextSteps.map(step),
  };
}
