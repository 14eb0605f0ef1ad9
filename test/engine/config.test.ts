import assert from 'node:assert/strict';
import { parseConfigText } from '../../src/engine/config/parse-config';
import { resolveConfig } from '../../src/engine/config/resolve-config';

describe('.dclens.yaml', () => {
  it('accepts a profile, rule levels and shared settings', () => {
    const { config, problems } = parseConfigText(
      'extends: uk-gov\nrules:\n  no-team: off\nsettings:\n  dpiaProperty: dpia\n',
    );
    assert.deepEqual(problems, []);
    const resolved = resolveConfig(config);
    assert.equal(resolved.profile, 'uk-gov');
    assert.equal(resolved.levels.get('no-team'), 'off');
    assert.equal(resolved.settings.dpiaProperty, 'dpia');
  });

  it('points at the line of an unknown rule and suggests the right name', () => {
    const { problems } = parseConfigText('extends: recommended\nrules:\n  no-teem: warning\n');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 2);
    assert.match(problems[0].message, /Unknown rule 'no-teem'\. Did you mean 'no-team'\?/);
  });

  it('points at a bad level and a bad profile', () => {
    const bad = parseConfigText('rules:\n  no-team: loud\n');
    assert.equal(bad.problems[0].range.start.line, 1);
    const profile = parseConfigText('extends: lenient\n');
    assert.equal(profile.problems[0].range.start.line, 0);
    assert.match(profile.problems[0].message, /extends/);
  });

  it('reports an unknown top-level setting at its key', () => {
    const { problems } = parseConfigText('extends: strict\nrulez: {}\n');
    assert.equal(problems[0].range.start.line, 1);
    assert.match(problems[0].message, /Unknown setting 'rulez'/);
  });

  it('reports broken YAML in the config at its line', () => {
    const { problems, config } = parseConfigText('rules:\n\tno-team: off\n');
    assert.equal(config, undefined);
    assert.equal(problems[0].range.start.line, 1);
  });

  it('reports a second YAML document at its line: only the first is read', () => {
    const { problems, config } = parseConfigText('extends: recommended\n---\nrules:\n  no-team: off\n');
    assert.equal(config, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 1);
    assert.match(problems[0].message, /only one document is read/);
    assert.deepEqual(parseConfigText('---\nextends: strict\n').problems, [], 'a document start marker alone is fine');
  });

  it('rejects options for a rule that takes none', () => {
    const { problems } = parseConfigText('rules:\n  no-team: [warning, {minLength: 3}]\n');
    assert.match(problems[0].message, /takes no options/);
  });

  it('strict raises advisory rules; an empty file means recommended', () => {
    assert.equal(resolveConfig(parseConfigText('').config).profile, 'recommended');
    assert.equal(resolveConfig({ extends: 'strict' }).levels.get('no-team'), 'error');
  });
});
