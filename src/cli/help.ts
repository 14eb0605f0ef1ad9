// Usage text for `dclens --help` and each sub-command.

export const MAIN_HELP = `dclens — check Open Data Contract Standard (ODCS) data contracts

Usage:
  dclens lint [paths…] [options]     Check contracts in files, folders or globs (default: .)
  dclens rules [--format text|json]  List every rule with its code, group and severities
  dclens score [paths…]              Show the data-quality score of each contract
  dclens report [paths…]             Ownership and quality figures over all contracts, by domain, over time
  dclens owners suggest FILE         Suggest data owners from your catalogues
  dclens format [paths…] [--check]   Format the SQL of quality rules in contracts
  dclens test CONTRACT [--server N]  Run the contract's checks against its data
  dclens diff FILE [--base REF]      What changed in meaning since a git ref, and whom it breaks
  dclens new --from DATA             Write a first contract from a data file or PostgreSQL table
  dclens migrate FILE [--to V]       Rewrite a DCS, ODCS v2 or v3.0 contract as ODCS v3.1/v3.2
  dclens lsp --stdio                 Run the language server for editors (see docs/editors.md)

Options:
  -h, --help      Show help (also: dclens lint --help)
  -v, --version   Show the version

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, configuration or internal problem.
`;

export const LINT_HELP = `Usage: dclens lint [paths…] [options]

Checks every data contract (ODCS or the deprecated Data Contract Specification) in the given files,
folders and globs. Folders are searched recursively for .yaml/.yml files, skipping node_modules, .git
and whatever .gitignore files ignore. Contracts are recognised by their content, whatever their name;
other YAML files are left out of the report. Each file uses the nearest .dclens.yaml above it.

Options:
  -f, --format NAME      stylish (default), json, sarif, junit or github
  -o, --output FILE      Write the report to FILE instead of the terminal
      --max-warnings N   Exit with 1 when there are more than N warnings
  -q, --quiet            Report errors only
  -c, --config FILE      Use FILE for every contract instead of the nearest .dclens.yaml
      --fix              Apply the safe fixes, save the files, then report what remains
      --cache            Reuse the results of files that did not change since the last --cache run
      --cache-location PATH  Keep them in PATH: a file, or a folder for .dclens-cache (default: ./.dclens-cache)
      --threads N        Lint on N threads (1: one thread; default: one per core for many files)
      --profile NAME     Rule profile for this run: recommended, strict or uk-gov
      --color, --no-color  Force colours on or off (NO_COLOR is respected)
  -h, --help             Show this help

Environment:
  DCLENS_TODAY=YYYY-MM-DD  The date rules about dates compare against (default: today)
  DCLENS_THREADS=N|auto    As --threads (the option wins)
`;

export const RULES_HELP = `Usage: dclens rules [--format text|json]

Lists every rule: id, code, group, severity under each profile, whether it can fix, what it checks
and where its documentation is.
`;

export const LSP_HELP = `Usage: dclens lsp --stdio

Runs the Data Contract Lens language server over standard input and output, for any editor with a Language
Server Protocol client (Neovim, Helix, Zed, Emacs, JetBrains): problems as you type, quick fixes, hover,
completion, the quality score as a code lens and SQL formatting. Set-up for each editor: docs/editors.md.

The client may pass { "trusted": false } in initializationOptions: the server then reads no .dclens.yaml,
no catalogue files and no git history. Settings are read from the client's dclens section.
`;

export const REPORT_HELP = `Usage: dclens report [paths…] [options]

Measures ownership and data quality over every contract dclens lint finds (ODCS contracts only): how many
name a Data Owner, steward and custodian, owners who have left, errors and warnings, the mean quality score
overall and per area (the numbers dclens score gives), the weakest contracts with their best next step and
the rules that fire most; the same figures per domain, team or folder; and with --history, over time.

Options:
  -f, --format NAME      markdown (default), json, csv or html; with --output, its extension decides
                         (.html/.htm, .json, .csv) unless --format is given
  -o, --output FILE      Write the report to FILE instead of the terminal
      --by NAME          Group the figures by domain (default), team or folder
  -c, --config FILE      Use FILE for every contract instead of the nearest .dclens.yaml
      --history          Add the figures at each commit that changed a contract (per month when many)
      --since DAY        History from DAY (YYYY-MM-DD) on; implies --history
  -h, --help             Show this help

A contract that does not parse is counted with its errors and left out of the mean scores.
Exit codes: 0 the report was made (whatever it says), 2 usage, configuration or reading problem.
Details: docs/report.md.
`;
