// `dclens format [paths] [--check]`: formats the SQL of quality rules in contract files, changing nothing else.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyEdits, formatQueries, looksLikeContract } from '../../engine';
import { filesToCheck } from './discover';
import { ConfigError, NodeHost } from '../../node/host';
import { toPosix } from '../../node/fs-gitignore';
import { safeOneLine } from '../../formatters/terminal';
import { parseArgs } from '../args';
import { CliError, type CommandHandler } from '../command';
import { notChangedWarning, readContractText } from './lint-file';

export const FORMAT_HELP = `Usage: dclens format [paths...] [--check]

Formats the SQL 'query' of every quality rule in the contracts found as an indented '|' block.
Nothing else in the file changes. Files that are not data contracts are never touched.

Paths are files, folders (searched recursively, following .gitignore) or globs; the default is '.'.
A file that is not UTF-8 text is never rewritten: save it as UTF-8 to format it (--check lists it).

Options:
  --check       Change nothing; list the files that would change and exit 1 if there are any
  -h, --help    Show this help
`;

export const formatCommand: CommandHandler = async (args, io) => {
  const parsed = parseArgs(args, { check: {}, help: { short: 'h' } });
  if (parsed.options.has('help')) {
    io.stdout(FORMAT_HELP);
    return 0;
  }
  const check = parsed.options.has('check');
  const inputs = parsed.positionals.length > 0 ? parsed.positionals : ['.'];
  const host = new NodeHost({ cwd: io.cwd });
  const files = await filesToCheck(inputs, io.cwd, host);

  // The configuration lint uses: a broken one stops the run (exit 2), and files its `ignore:` lists are left alone.
  const changed: string[] = [];
  // Files whose SQL is not formatted, left as they are because they are not UTF-8: rewriting them would change bytes.
  const notUtf8: string[] = [];
  for (const absolute of files) {
    try {
      if (host.configFor(absolute).isIgnored(absolute)) continue;
    } catch (error) {
      throw error instanceof ConfigError ? new CliError(error.message) : error;
    }
    const relative = toPosix(path.relative(io.cwd, absolute)) || path.basename(absolute);
    const { text, restore, notUtf8: encoding } = readContractText(absolute, relative);
    if (!looksLikeContract(text)) continue;
    const edits = formatQueries(text);
    if (edits.length === 0) continue;
    const formatted = applyEdits(text, edits);
    if (formatted === text) continue;
    changed.push(relative);
    if (encoding) {
      notUtf8.push(relative);
      io.stderr(`dclens: warning: ${safeOneLine(notChangedWarning(relative, encoding, 'format it'))}\n`);
    } else if (!check) {
      try {
        writeFileSync(absolute, restore(formatted), 'utf8');
      } catch (error) {
        throw new CliError(`cannot write ${relative} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    }
  }

  if (check) {
    for (const file of changed) io.stdout(`${safeOneLine(file)}\n`);
    const hint =
      notUtf8.length === 0
        ? "run 'dclens format' to fix"
        : `save ${notUtf8.length === 1 ? 'the file that is' : 'the files that are'} not UTF-8 as UTF-8, then run 'dclens format'`;
    io.stderr(
      changed.length === 0
        ? 'All contracts are formatted.\n'
        : `${changed.length} ${changed.length === 1 ? 'contract needs' : 'contracts need'} formatting; ${hint}.\n`,
    );
    return changed.length === 0 ? 0 : 1;
  }
  const formattedFiles = changed.filter((file) => !notUtf8.includes(file));
  for (const file of formattedFiles) io.stdout(`formatted ${safeOneLine(file)}\n`);
  if (formattedFiles.length === 0) io.stdout('Nothing to format.\n');
  return 0;
};
