// What package.json promises a newcomer: settings under the extension's name whose examples name real rules,
// walkthrough images that show valid YAML with only common glyphs, and steps that tick only on the user's action.
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { allRules } from '../../src/engine/rules';
import { COMMAND_IDS } from '../../src/vscode/command-ids';

const ROOT = path.join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

interface Step {
  id: string;
  media: { image: string };
  completionEvents?: string[];
  description: string;
}
const settings: Record<string, { description?: string; markdownDescription?: string; enumDescriptions?: string[] }> =
  Object.assign({}, ...contributes.configuration.map((g: { properties: object }) => g.properties));
const steps: Step[] = contributes.walkthroughs.flatMap((w: { steps: Step[] }) => w.steps);

/** The text elements of an SVG with their x, y, classes and content (entities decoded). */
function textsOf(svg: string): { x: number; y: number; classes: string[]; text: string }[] {
  const decode = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)].map(([, attrs, body]) => ({
    x: Number(/\bx="([\d.]+)"/.exec(attrs)?.[1] ?? NaN),
    y: Number(/\by="([\d.]+)"/.exec(attrs)?.[1] ?? NaN),
    classes: (/\bclass="([^"]*)"/.exec(attrs)?.[1] ?? '').split(/\s+/),
    text: decode(body),
  }));
}

/** The YAML an SVG draws, as a reader sees it: each line indented by where it starts (22 px monospace: 13.2 px a character). */
function drawnYaml(svg: string): string {
  const lines = textsOf(svg)
    .filter((t) => t.classes.includes('yaml'))
    .sort((a, b) => a.y - b.y);
  const left = Math.min(...lines.map((l) => l.x));
  return lines
    .map((l) => {
      // Renderers collapse leading spaces (an <img> SVG ignores xml:space): indentation must come from x.
      assert.ok(!/^\s/.test(l.text), `'${l.text}' is indented with spaces, which the image loses`);
      const indent = (l.x - left) / 13.2;
      assert.ok(Math.abs(indent - Math.round(indent)) < 0.01, `line '${l.text}' starts between two columns`);
      return ' '.repeat(Math.round(indent)) + l.text;
    })
    .join('\n');
}

/** Printable ASCII and a few typographic marks every UI font has; no emoji, no symbols that fall back to boxes. */
const COMMON_GLYPHS = /^[\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/;

describe('package.json: what a newcomer sees', () => {
  it('settings read "Data Contract Lens › Checks: Enable", not "Dclens: Enable"', () => {
    // VS Code labels a setting by its key, less the id of the settings group it is in. A single group gets the
    // extension's id ("Dclens: Enable"); several groups with ids under "dclens." drop the "dclens" prefix, and each
    // group is listed under the extension's name by its title.
    const groups: { id: string; title: string; properties: Record<string, unknown> }[] = contributes.configuration;
    assert.ok(Array.isArray(groups) && groups.length > 1, 'several settings groups');
    for (const group of groups) {
      assert.match(group.id, /^dclens\.[a-z]+$/);
      assert.notStrictEqual(
        group.title,
        manifest.displayName,
        "a group titled like the extension would take the extension's id",
      );
      for (const key of Object.keys(group.properties)) assert.match(key, /^dclens\./);
    }
    assert.strictEqual(manifest.displayName, 'Data Contract Lens');
  });

  it("every rule id that a setting's description names is a registered rule", () => {
    const ids = new Set(allRules.map((r) => r.meta.id));
    const named: string[] = [];
    for (const [key, setting] of Object.entries<{
      description?: string;
      markdownDescription?: string;
      enumDescriptions?: string[];
    }>(settings)) {
      const text = [setting.description, setting.markdownDescription, ...(setting.enumDescriptions ?? [])].join(' ');
      // Rule ids appear as JSON keys in examples: {"rule-id": "off"} (escaped or not).
      for (const [, id] of text.matchAll(/\\?"([a-z0-9]+(?:-[a-z0-9]+)+)\\?"\s*:/g)) named.push(`${key}: ${id}`);
    }
    assert.ok(named.length > 0, 'the rules setting gives an example');
    assert.deepStrictEqual(
      named.filter((n) => !ids.has(n.split(': ')[1])),
      [],
    );
  });

  it('every command in the code is contributed, and every contributed command is in the code', () => {
    const contributed = contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepStrictEqual(contributed, Object.values(COMMAND_IDS).sort());
    for (const c of contributes.commands) assert.strictEqual(c.category, 'Data Contract Lens');
  });

  for (const step of steps) {
    it(`walkthrough step '${step.id}': the YAML in its image is valid and drawn with common glyphs only`, () => {
      const svg = readFileSync(path.join(ROOT, step.media.image), 'utf8');
      for (const t of textsOf(svg))
        assert.match(t.text, COMMON_GLYPHS, `'${t.text}' in ${step.media.image} needs a glyph common fonts lack`);
      const yaml = textsOf(svg).some((t) => t.classes.includes('yaml')) ? drawnYaml(svg) : '';
      if (yaml === '') return;
      const document = parseDocument(yaml);
      assert.deepStrictEqual(
        document.errors.map((e) => e.message),
        [],
        `${step.media.image} draws:\n${yaml}`,
      );
      assert.notStrictEqual(document.contents, null);
    });

    it(`walkthrough step '${step.id}' is done only by something the user does`, () => {
      // No completionEvents means VS Code ticks the step as soon as it is opened; onStepSelected does the same.
      assert.ok(step.completionEvents && step.completionEvents.length > 0, 'the step names what completes it');
      for (const event of step.completionEvents) {
        assert.match(event, /^(onCommand:[\w.]+|onContext:[\w.]+)$/, event);
        if (event.startsWith('onCommand:dclens.')) {
          const command = event.slice('onCommand:'.length);
          assert.ok(
            (Object.values(COMMAND_IDS) as string[]).includes(command),
            `${command} is one of the extension's commands`,
          );
          // A user can only run it if the step offers it (or the palette lists it).
          assert.ok(
            step.description.includes(`command:${command}`) ||
              contributes.commands.some((c: { command: string }) => c.command === command),
          );
        }
      }
    });
  }
});
