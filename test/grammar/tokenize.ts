// Tokenizes YAML with the VS Code YAML and SQL grammars plus our injection, the way the editor does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';

const require = createRequire(import.meta.url);
const INJECTION = path.resolve('syntaxes/odcs-sql.injection.json');

const GRAMMAR_FILES: Record<string, string> = {
  'source.yaml': require.resolve('tm-grammars/grammars/yaml.json'),
  'source.sql': require.resolve('tm-grammars/grammars/sql.json'),
  'odcs-sql.injection': INJECTION,
};

let grammar: Promise<IGrammar> | undefined;

function loadYamlGrammar(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) => {
        const file = GRAMMAR_FILES[scopeName];
        return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scopeName) => (scopeName === 'source.yaml' ? ['odcs-sql.injection'] : undefined),
    });
    const loaded = await registry.loadGrammar('source.yaml');
    if (!loaded) throw new Error('the YAML grammar did not load');
    return loaded;
  })();
  return grammar;
}

export interface Token {
  line: number;
  text: string;
  scopes: string[];
}

export async function tokenize(text: string): Promise<Token[]> {
  const yaml = await loadYamlGrammar();
  const tokens: Token[] = [];
  let state: StateStack = INITIAL;
  text.split('\n').forEach((lineText, line) => {
    const result = yaml.tokenizeLine(lineText, state);
    for (const t of result.tokens)
      tokens.push({ line, text: lineText.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = result.ruleStack;
  });
  return tokens;
}
