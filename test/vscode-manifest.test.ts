// VS Code shows a contributed command that nobody registers as "command not found", and hides a registered command
// that package.json does not contribute from the palette. This test reads the sources (no VS Code needed) and checks
// that package.json's `contributes.commands` and the commands the code registers and names are the same set.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const COMMAND_ID = /^dclens\.[a-z][A-Za-z0-9]*$/;
const COMMAND_LINK = /command:(dclens\.[a-z][A-Za-z0-9]*)/g;

interface Site {
  id: string;
  where: string;
}

interface Commands {
  /** Ids passed to registerCommand / registerTextEditorCommand, or offered by the server's executeCommandProvider. */
  registered: Site[];
  /** Ids the code names in a command context: executeCommand, `command:` properties and links, command tables. */
  named: Site[];
  /** String literals that are command ids, wherever they are written. */
  literals: Site[];
  /** registerCommand calls whose id could not be read from a literal or a constant. */
  unresolved: string[];
}

function tsFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? tsFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const isString = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

const unwrap = (node: ts.Expression): ts.Expression =>
  ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node)
    ? unwrap(node.expression)
    : node;

/** Reads command ids from TypeScript sources: literals, and constants (`const X = '…'`, `const T = { k: … }`) by name. */
export function collectCommands(sources: ReadonlyArray<{ file: string; text: string }>): Commands {
  const parsed = sources.map(({ file, text }) => ({
    file,
    sf: ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true),
  }));
  const constants = new Map<string, ts.Expression>();
  for (const { sf } of parsed) {
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
        constants.set(node.name.text, node.initializer);
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  /** Every string an expression stands for: one for a literal or a constant, several for a table or a list. */
  const values = (expr: ts.Expression, depth = 0): string[] | undefined => {
    if (depth > 8) return undefined;
    const e = unwrap(expr);
    if (isString(e)) return [e.text];
    if (ts.isIdentifier(e)) {
      const init = constants.get(e.text);
      return init ? values(init, depth + 1) : undefined;
    }
    if (ts.isPropertyAccessExpression(e)) {
      const property = tableOf(e.expression)?.properties.find(
        (p) => p.name && ts.isIdentifier(p.name) && p.name.text === e.name.text,
      );
      return property && ts.isPropertyAssignment(property) ? values(property.initializer, depth + 1) : undefined;
    }
    if (ts.isObjectLiteralExpression(e)) {
      return e.properties.flatMap((p) => (ts.isPropertyAssignment(p) ? (values(p.initializer, depth + 1) ?? []) : []));
    }
    if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((el) => values(el, depth + 1) ?? []);
    return undefined;
  };
  const tableOf = (expr: ts.Expression): ts.ObjectLiteralExpression | undefined => {
    const e = unwrap(expr);
    if (ts.isObjectLiteralExpression(e)) return e;
    if (ts.isIdentifier(e)) {
      const init = constants.get(e.text);
      return init ? tableOf(init) : undefined;
    }
    return undefined;
  };

  const result: Commands = { registered: [], named: [], literals: [], unresolved: [] };
  for (const { file, sf } of parsed) {
    const where = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const add = (list: Site[], node: ts.Node, ids: readonly string[] | undefined) => {
      for (const id of ids ?? []) if (COMMAND_ID.test(id)) list.push({ id, where: where(node) });
    };
    const visit = (node: ts.Node): void => {
      if (isString(node)) {
        if (COMMAND_ID.test(node.text)) result.literals.push({ id: node.text, where: where(node) });
        for (const m of node.text.matchAll(COMMAND_LINK)) result.named.push({ id: m[1], where: where(node) });
      } else if (ts.isTemplateExpression(node)) {
        for (const part of [node.head, ...node.templateSpans.map((s) => s.literal)]) {
          for (const m of part.text.matchAll(COMMAND_LINK)) result.named.push({ id: m[1], where: where(node) });
        }
      } else if (ts.isCallExpression(node)) {
        const callee = ts.isPropertyAccessExpression(node.expression)
          ? node.expression.name.text
          : ts.isIdentifier(node.expression)
            ? node.expression.text
            : '';
        if (/^register(TextEditor)?Command$/.test(callee) && node.arguments[0]) {
          const ids = values(node.arguments[0]);
          if (ids === undefined) result.unresolved.push(`${where(node)}: ${node.arguments[0].getText(sf)}`);
          add(result.registered, node, ids);
        } else if (/command/i.test(callee)) {
          for (const arg of node.arguments) add(result.named, arg, values(arg));
        }
      } else if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
        if (node.name.text === 'command') add(result.named, node, values(node.initializer));
        // LSP: the commands a server executes are registered by the client on its behalf.
        if (
          node.name.text === 'commands' &&
          ts.isObjectLiteralExpression(node.parent) &&
          ts.isPropertyAssignment(node.parent.parent) &&
          ts.isIdentifier(node.parent.parent.name) &&
          node.parent.parent.name.text === 'executeCommandProvider'
        )
          add(result.registered, node, values(node.initializer));
      } else if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        /command/i.test(node.name.text) &&
        node.initializer
      ) {
        add(result.named, node, values(node.initializer));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return result;
}

/** Every `dclens.*` command that package.json names outside `contributes.commands`: menus, keybindings, walkthroughs. */
function commandsNamedInManifest(manifest: Record<string, unknown>): Site[] {
  const sites: Site[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(COMMAND_LINK)) sites.push({ id: m[1], where: path });
      const event = /^onCommand:(.+)$/.exec(value);
      if (event) sites.push({ id: event[1], where: path });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'command' && typeof item === 'string') sites.push({ id: item, where: `${path}.command` });
        else walk(item, `${path}.${key}`);
      }
    }
  };
  const contributes = { ...(manifest.contributes as Record<string, unknown>) };
  delete contributes.commands;
  walk(contributes, 'contributes');
  walk(manifest.activationEvents, 'activationEvents');
  return sites.filter((s) => s.id.startsWith('dclens.'));
}

const ids = (sites: readonly Site[]) => [...new Set(sites.map((s) => s.id))].sort();
const read = (files: string[]) =>
  files.map((file) => ({ file: relative('.', file), text: readFileSync(file, 'utf8') }));

describe('VS Code manifest and code agree on commands', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;
  const contributed = (manifest.contributes as { commands: { command: string }[] }).commands.map((c) => c.command);
  const client = collectCommands(read(tsFiles('src/vscode')));
  // The server and the engine's services name commands too (code lenses, hover links, code actions).
  const elsewhere = collectCommands(read([...tsFiles('src/server'), ...tsFiles('src/engine')]));

  it('reads the commands the extension registers', () => {
    assert.ok(ids(client.registered).length >= 5, `registered: ${ids(client.registered).join(', ')}`);
    assert.deepEqual(client.unresolved, [], 'write command ids as string constants so they can be checked');
  });

  it('contributes every command the code registers or names', () => {
    const used = [...client.registered, ...client.named, ...elsewhere.registered, ...elsewhere.named];
    const missing = used.filter((s) => !contributed.includes(s.id)).map((s) => `${s.id} (${s.where})`);
    assert.deepEqual(missing, []);
  });

  it('registers every contributed command', () => {
    const registered = new Set(ids([...client.registered, ...elsewhere.registered]));
    assert.deepEqual(
      contributed.filter((id) => !registered.has(id)),
      [],
    );
  });

  it('contributes every command package.json names in menus, links and completion events', () => {
    const missing = commandsNamedInManifest(manifest)
      .filter((s) => !contributed.includes(s.id))
      .map((s) => `${s.id} (${s.where})`);
    assert.deepEqual(missing, []);
  });

  it('contributes each command once', () => {
    assert.deepEqual(
      contributed.filter((id, i) => contributed.indexOf(id) !== i),
      [],
    );
  });

  it('writes each command id once in the extension: other files use the constant', () => {
    const byId = new Map<string, string[]>();
    for (const s of client.literals) byId.set(s.id, [...(byId.get(s.id) ?? []), s.where]);
    assert.deepEqual(
      [...byId].filter(([, where]) => where.length > 1).map(([id, where]) => `${id}: ${where.join(', ')}`),
      [],
    );
  });

  describe('the reader', () => {
    const sample = collectCommands([
      {
        file: 'ids.ts',
        text: "export const IDS = { fix: 'dclens.fixIt', docs: 'dclens.docs' } as const;\nconst SHOW = 'dclens.show';\n",
      },
      {
        file: 'use.ts',
        text: [
          'vscode.commands.registerCommand(IDS.fix, () => undefined);',
          "vscode.commands.registerCommand('dclens.literal', () => undefined);",
          'vscode.commands.registerCommand(SHOW, () => undefined);',
          'vscode.commands.registerCommand(idFromSomewhere, () => undefined);',
          "void vscode.commands.executeCommand(IDS.docs, 'x');",
          "const lens = { title: 'Score', command: 'dclens.lens' };",
          'const link = `[docs](command:dclens.linked?${args})`;',
          "const settingsKey = 'dclens.statusBar';",
          "const caps = { executeCommandProvider: { commands: ['dclens.server'] } };",
        ].join('\n'),
      },
    ]);

    it('finds registered ids through literals and constants, and reports the ones it cannot read', () => {
      assert.deepEqual(ids(sample.registered), ['dclens.fixIt', 'dclens.literal', 'dclens.server', 'dclens.show']);
      assert.deepEqual(sample.unresolved, ['use.ts:4: idFromSomewhere']);
    });

    it('finds named ids in executeCommand, command properties, command tables and command: links, not in settings', () => {
      assert.deepEqual(ids(sample.named), ['dclens.docs', 'dclens.lens', 'dclens.linked']);
    });
  });
});
