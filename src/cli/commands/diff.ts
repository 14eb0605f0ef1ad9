// `dclens diff FILE... [--base REF | --base-file OLD] [--perspective consumer|producer] [--format text|json|markdown]
// [--fail-on warning|breaking]`: what changed in meaning since the base, whom it breaks, and whether the version
// says so.
import path from 'node:path';
import { diffContracts, looksLikeContract, type ContractDiff } from '../../engine';
import { toPosix } from '../../node/fs-gitignore';
import { fileAtRef, GitProblem } from '../../node/git-show';
import { choiceOption, parseArgs, stringOption } from '../args';
import { CliError, type CommandHandler } from '../command';
import { readContractText } from '../contract-text';
import { renderJson, renderMarkdown, renderText } from './diff-render';

export const DIFF_HELP = `Usage: dclens diff FILE... [--base REF | --base-file OLD] [options]

Compares a contract with an earlier version of it by meaning, not text: schema objects and properties are
matched by name (then by id, so a rename is one change), and key order, quoting, comments and the order of
properties make no change. Each change has a type and a level (breaking, warning or info) for the perspective
asked for, and the version verdict says whether the version was bumped enough (breaking: major; another change
to the promise: minor; wording: patch). Every change type: docs/diff.md.

Several FILEs (as a pre-commit hook passes them) are compared in turn; files that are not ODCS contracts, and
files new since the base, are skipped.

Options:
  -b, --base REF            Compare with the file at this git ref (default: the merge base with the default
                            branch, origin/HEAD, main or master; else HEAD)
      --base-file OLD       Compare with another file instead of git
  -p, --perspective NAME    consumer (default: someone reading the data) or producer (someone writing it)
  -f, --format NAME         text (default), json or markdown (a changelog for a pull request)
      --fail-on LEVEL       Also exit with 1 on any change of this level or worse: warning or breaking
  -h, --help                Show this help

Exit codes: 0 no breaking change, or each announced by a major version; 1 a breaking change without the major
version it needs (or a change at the --fail-on level); 2 a usage or git problem.
`;

const OPTIONS = {
  base: { value: true, short: 'b' },
  'base-file': { value: true },
  perspective: { value: true, short: 'p' },
  format: { value: true, short: 'f' },
  'fail-on': { value: true },
  help: { short: 'h' },
};

export const diffCommand: CommandHandler = async (args, io) => {
  const parsed = parseArgs(args, OPTIONS);
  if (parsed.options.has('help')) {
    io.stdout(DIFF_HELP);
    return 0;
  }
  const format = choiceOption(parsed, 'format', ['text', 'json', 'markdown'] as const, 'text');
  const perspective = choiceOption(parsed, 'perspective', ['consumer', 'producer'] as const, 'consumer');
  const failOn = parsed.options.has('fail-on')
    ? choiceOption(parsed, 'fail-on', ['warning', 'breaking'] as const, 'breaking')
    : undefined;
  if (parsed.positionals.length === 0) throw new CliError('name a contract: dclens diff FILE [--base REF]');
  const ref = stringOption(parsed, 'base');
  const baseFile = stringOption(parsed, 'base-file');
  if (ref !== undefined && baseFile !== undefined) throw new CliError('give --base or --base-file, not both');
  const several = parsed.positionals.length > 1;
  if (several && baseFile !== undefined) throw new CliError('--base-file compares one contract: name one FILE');
  if (several && format === 'json') throw new CliError('--format json compares one contract: name one FILE');

  let code = 0;
  for (const given of parsed.positionals) {
    const absolute = path.resolve(io.cwd, given);
    const relative = (file: string) => toPosix(path.relative(io.cwd, file)) || path.basename(file);
    const file = relative(absolute);
    const head = readContractText(absolute, file).text;
    if (several && !looksLikeContract(head)) continue;
    let baseText: string;
    let base: string;
    if (baseFile !== undefined) {
      const baseAbsolute = path.resolve(io.cwd, baseFile);
      base = relative(baseAbsolute);
      baseText = readContractText(baseAbsolute, base).text;
    } else {
      try {
        ({ text: baseText, base } = await fileAtRef(absolute, ref));
      } catch (error) {
        if (!(error instanceof GitProblem)) throw error;
        // Several files (a pre-commit hook): a file that is new since the base has nothing to break.
        if (several && /does not exist at/.test(error.message)) {
          io.stderr(`dclens: ${file}: skipped, it is new since the base\n`);
          continue;
        }
        throw new CliError(error.message);
      }
    }
    const diff = diffContracts(baseText, head, { perspective });
    if (diff.problem && several) {
      io.stderr(`dclens: ${file}: skipped, ${diff.problem}\n`);
      continue;
    }
    if (diff.problem) throw new CliError(`cannot compare ${file} with ${base}: ${diff.problem}`);
    const report = { file, base, perspective, diff };
    io.stdout(
      format === 'json' ? renderJson(report) : format === 'markdown' ? renderMarkdown(report) : renderText(report),
    );
    const failure = failureOf(diff, failOn);
    if (failure && (format !== 'text' || several)) io.stderr(`dclens: ${file}: ${failure}\n`);
    if (failure) code = 1;
  }
  return code;
};

/** Why the run fails, or undefined when it passes. */
function failureOf(diff: ContractDiff, failOn: 'warning' | 'breaking' | undefined): string | undefined {
  const { breaking, warning } = diff.summary;
  if (breaking > 0 && !diff.version.ok)
    return `${breaking} breaking ${breaking === 1 ? 'change' : 'changes'}: ${diff.version.problem ?? 'they need a major version'}`;
  if (failOn && breaking > 0)
    return `${breaking} breaking ${breaking === 1 ? 'change' : 'changes'} (--fail-on ${failOn})`;
  if (failOn === 'warning' && warning > 0)
    return `${warning} ${warning === 1 ? 'warning' : 'warnings'} (--fail-on warning)`;
  return undefined;
}
