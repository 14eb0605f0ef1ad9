// `dclens format [paths] [--check]`: formats the SQL of quality rules in contract files, changing nothing else.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { looksLikeContract } from '../../engine/detect';
import { applyEdits } from '../../engine/fix/apply-edits';
import { formatQueries } from '../../engine/sql/format-queries';
import { filesToCheck } from './discover';
import { toPosix } from '../../node/fs-gitignore';
import { safeOneLine } from '../../formatters/terminal';
import { parseArgs } from '../args';
import { CliError, type CommandHandler } from '../command';

export const FORMAT_HELP = `Usage: dclens format [paths...] [--check]

Formats the SQL 'query' of every quality rule in the contracts found as an indented '|' block.
Nothing else in the file changes. Files that are not data contracts are never touched.

Paths are files, folders (searched recursively, following .gitignore) or globs; the default is '.'.

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
  const files = await filesToCheck(inputs, io.cwd);

  const changed: string[] = [];
  for (const absolute of files) {
    const relative = toPosix(path.relative(io.cwd, absolute)) || path.basename(absolute);
    let text: string;
    try {
      text = readFileSync(absolute, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read ${relative}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!looksLikeContract(text)) continue;
    const edits = formatQueries(text);
    if (edits.length === 0) continue;
    const formatted = applyEdits(text, edits);
    if (formatted === text) continue;
    changed.push(relative);
    if (!check) writeFileSync(absolute, formatted, 'utf8');
  }

  if (check) {
    for (const file of changed) io.stdout(`${safeOneLine(file)}\n`);
    io.stderr(changed.length === 0
      ? 'All contracts are formatted.\n'
      : `${changed.length} ${changed.length === 1 ? 'contract needs' : 'contracts need'} formatting; run 'dclens format' to fix.\n`);
    return changed.length === 0 ? 0 : 1;
  }
  for (const file of changed) io.stdout(`formatted ${safeOneLine(file)}\n`);
  if (changed.length === 0) io.stdout('Nothing to format.\n');
  return 0;
};
