// The configuration shown in the README is one a user can copy: it must be valid.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseConfigText } from '../../src/engine/config/parse-config';

describe('README configuration example', () => {
  it('is a valid .dclens.yaml', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(block, 'the README shows a configuration');
    assert.deepEqual(
      parseConfigText(block).problems.map((p) => p.message),
      [],
    );
  });
});
