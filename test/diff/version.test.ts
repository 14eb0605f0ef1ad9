// The version verdict: the bump the changes need against the bump the versions show.
import assert from 'node:assert/strict';
import { diffContracts } from '../../src/engine';
import { contract } from './contract-template';

const removal = { props: '- name: note\n  logicalType: string' };
const verdict = (before: string, after: string) => diffContracts(before, after).version;

describe('dclens diff: version verdict', () => {
  it('a breaking change needs a major bump', () => {
    assert.deepEqual(verdict(contract({ ...removal, version: '1.2.0' }), contract({ version: '1.3.0' })), {
      base: '1.2.0',
      head: '1.3.0',
      required: 'major',
      ok: false,
      problem: 'breaking changes need version 2.0.0 or later (a major release), not 1.3.0',
    });
    assert.equal(verdict(contract({ ...removal, version: '1.2.0' }), contract({ version: '2.0.0' })).ok, true);
  });

  it('another change to the promise needs a minor bump, and a bigger one is fine', () => {
    const before = contract({ version: '1.2.0' });
    const tightened = (version: string) => contract({ version, amount: 'logicalType: number\nrequired: true' });
    assert.deepEqual(verdict(before, tightened('1.2.1')), {
      base: '1.2.0',
      head: '1.2.1',
      required: 'minor',
      ok: false,
      problem: 'changes to the promise need version 1.3.0 or later (a minor release), not 1.2.1',
    });
    assert.equal(verdict(before, tightened('1.3.0')).ok, true);
    assert.equal(verdict(before, tightened('2.0.0')).ok, true);
  });

  it('wording needs a patch', () => {
    const before = contract({ version: '1.2.0', object: 'description: Fines.' });
    const after = (version: string) => contract({ version, object: 'description: Fines issued by courts.' });
    assert.equal(verdict(before, after('1.2.0')).required, 'patch');
    assert.equal(verdict(before, after('1.2.0')).ok, false);
    assert.equal(verdict(before, after('1.2.1')).ok, true);
  });

  it('no change needs no bump', () => {
    assert.deepEqual(verdict(contract(), contract()), { base: '1.0.0', head: '1.0.0', required: 'none', ok: true });
  });

  it('a missing or non-semantic version gives a clear verdict, not a crash', () => {
    const before = contract({ ...removal });
    const noVersion = contract().replace('version: 1.0.0\n', '');
    assert.match(verdict(before, noVersion).problem ?? '', /no version/);
    assert.equal(verdict(before, noVersion).ok, false);
    const words = verdict(before, contract({ version: 'latest' }));
    assert.equal(words.head, 'latest');
    assert.match(words.problem ?? '', /'latest' is not MAJOR\.MINOR\.PATCH/);
    assert.match(
      verdict(contract({ ...removal, version: '1.0' }), contract({ version: '2.0.0' })).problem ?? '',
      /base version '1\.0'/,
    );
  });

  it('a version that goes down is never ok', () => {
    const v = verdict(contract({ ...removal, version: '2.0.0' }), contract({ version: '1.0.0' }));
    assert.equal(v.ok, false);
    assert.match(v.problem ?? '', /went down/);
  });
});
