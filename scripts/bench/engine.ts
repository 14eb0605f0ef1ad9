// Engine lint time for a small, medium and large generated contract, beside two floors measured in the
// same run: the `yaml` parser alone, and `yaml` + ajv with the official ODCS v3.1.0 JSON Schema. lintText runs as the
// command line runs it (the fast parser, no suggestions) and as the editor runs it (the `yaml` document, suggestions).
// Targets on the large contract: the command line's lint at most 1.0× the parse+ajv floor, the editor's at most 1.5×.
import { parseDocument } from 'yaml';
import { lintText, parseYamlFile } from '../../src/engine';
import { generateContract } from '../gen/contract';
import { compare, compileOdcsSchema, ms, printSummary, ratio, table } from './_measure';

const TARGET = 1.0;
const EDITOR_TARGET = 1.5;
const SIZES = [
  ['small', 60],
  ['medium', 1500],
  ['large', 30000],
] as const;

function main(): void {
  const validate = compileOdcsSchema();
  const rows: Array<Array<string | number>> = [];
  const summary: Record<string, unknown> = { module: 'engine', target: TARGET };
  for (const [name, lines] of SIZES) {
    const text = generateContract({ lines, seed: 7 });
    const lineCount = text.split('\n').length - 1;
    const t = compare(
      {
        parse: () => parseDocument(text),
        parseAjv: () => validate(parseDocument(text).toJS()),
        engineParse: () => parseYamlFile(text, { fast: true }),
        engine: () =>
          lintText(text, { fileName: `${name}.odcs.yaml`, today: '2026-06-01', fast: true, suggestions: false }),
        editor: () => lintText(text, { fileName: `${name}.odcs.yaml`, today: '2026-06-01' }),
      },
      { samples: 9 },
    );
    rows.push([
      `${name} (${lineCount} lines)`,
      ms(t.parse),
      ms(t.parseAjv),
      ms(t.engineParse),
      ms(t.engine),
      ratio(t.engine, t.parseAjv),
      ms(t.editor),
      ratio(t.editor, t.parseAjv),
    ]);
    summary[name] = {
      lines: lineCount,
      bytes: text.length,
      parseMs: round(t.parse),
      parseAjvMs: round(t.parseAjv),
      engineParseMs: round(t.engineParse),
      engineMs: round(t.engine),
      ratioToParseAjv: round(t.engine / t.parseAjv),
      editorMs: round(t.editor),
      editorRatioToParseAjv: round(t.editor / t.parseAjv),
    };
  }
  const large = summary.large as { ratioToParseAjv: number; editorRatioToParseAjv: number };
  summary.editorTarget = EDITOR_TARGET;
  summary.meetsTarget = large.ratioToParseAjv <= TARGET && large.editorRatioToParseAjv <= EDITOR_TARGET;
  console.log('Engine: lintText vs floors (median CPU ms per file)');
  console.log(
    table(
      [
        'contract',
        'yaml parse',
        'yaml+ajv',
        'fast parse',
        'lint, command line',
        '/ (yaml+ajv)',
        'lint, editor',
        '/ (yaml+ajv)',
      ],
      rows,
    ),
  );
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(
    `Targets on the large contract: command line ≤ ${TARGET}× yaml+ajv: ${met(large.ratioToParseAjv <= TARGET)} ` +
      `(${large.ratioToParseAjv}×); editor ≤ ${EDITOR_TARGET}×: ${met(large.editorRatioToParseAjv <= EDITOR_TARGET)} ` +
      `(${large.editorRatioToParseAjv}×)`,
  );
  printSummary(summary);
}

const round = (n: number) => Math.round(n * 100) / 100;

main();
