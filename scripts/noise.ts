// `npm run noise`: how many findings the real-world corpus (test/fixtures/realworld/) gets, per profile, on the
// contracts the official JSON Schema of their declared version accepts. `npm run noise -- --all` counts every
// contract instead; `--per-file` also lists each file's count.
import { lintText, resolveConfig, type ProfileName } from '../src/engine';
import { corpusFiles } from '../test/conformance/realworld-corpus';
import { formatNoise, measureNoise } from '../test/conformance/noise';

const TODAY = '2026-11-27';
const PROFILES: ProfileName[] = ['recommended', 'strict'];
const all = process.argv.includes('--all');
const perFile = process.argv.includes('--per-file');

const corpus = corpusFiles();
const files = all ? corpus : corpus.filter((f) => f.official.verdict === 'valid');
console.log(
  `${corpus.length} contracts in test/fixtures/realworld; counting ${all ? 'all of them' : `the ${files.length} the official schema accepts`}`,
);
for (const profile of PROFILES) {
  const config = resolveConfig(undefined, { profile });
  const report = measureNoise(
    files.map((f) => ({
      file: f.name,
      findings: lintText(f.text, { fileName: f.name, today: TODAY, config }).findings,
    })),
  );
  console.log('\n' + formatNoise(report, profile));
  if (perFile)
    for (const f of [...report.perFile].sort((a, b) => b.count - a.count))
      console.log(`    ${String(f.count).padStart(4)}  ${f.file}`);
}
