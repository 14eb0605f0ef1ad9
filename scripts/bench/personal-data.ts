// Personal-data word matching, before and after the word list was compiled into one trie, on the same properties in
// one run: those of the 1,000 contracts the CLI benchmark lints, and those of test/fixtures (the real-world corpus
// among them, where names repeat less). "Before" is the previous matcher, kept in test/helpers as the differential
// test's reference. The whole-lint effect is the time saved on the 1,000 contracts beside the engine's lint of them.
// Target: the compiled matcher takes at most half the time of the previous one on the CLI benchmark's contracts.
import path from 'node:path';
import { lintText } from '../../src/engine';
import { matchingPasses, propertiesOf, propertiesUnder, type Properties } from '../../test/helpers/personal-data-bench';
import { generateContract } from '../gen/contract';
import { compare, cpuMs, median, ms, printSummary, ratio, REPO, table } from './_measure';

const TARGET = 0.5;
const CONTRACTS = 1000;
const LINT_RUNS = 3;

const matchingTimes = (properties: Properties) => compare(matchingPasses(properties), { samples: 9 });

function main(): void {
  const texts = Array.from({ length: CONTRACTS }, (_, i) =>
    generateContract({ lines: 60 + ((i * 37) % 340), seed: i + 1, mistakes: i % 10 === 0 }),
  );
  const corpusProperties = propertiesOf(texts);
  const fixtures = propertiesUnder(path.join(REPO, 'test/fixtures'));
  const corpus = matchingTimes(corpusProperties);
  const fromFixtures = matchingTimes(fixtures);

  const lintMs: number[] = [];
  for (let run = 0; run < LINT_RUNS; run++) {
    const start = cpuMs();
    texts.forEach((text, i) => lintText(text, { fileName: `contract-${i}.odcs.yaml`, today: '2026-06-01' }));
    lintMs.push(cpuMs() - start);
  }
  const lint = median(lintMs);
  const saved = corpus.before - corpus.trieRemembered;

  console.log(
    table(
      ['properties', 'before ms', 'trie ms', 'trie + remembered ms', 'trie / before', 'remembered / before'],
      [
        [
          `${CONTRACTS} CLI-bench contracts (${corpusProperties.length})`,
          ms(corpus.before),
          ms(corpus.trie),
          ms(corpus.trieRemembered),
          ratio(corpus.trie, corpus.before),
          ratio(corpus.trieRemembered, corpus.before),
        ],
        [
          `test/fixtures (${fixtures.length})`,
          ms(fromFixtures.before),
          ms(fromFixtures.trie),
          ms(fromFixtures.trieRemembered),
          ratio(fromFixtures.trie, fromFixtures.before),
          ratio(fromFixtures.trieRemembered, fromFixtures.before),
        ],
      ],
    ),
  );
  console.log(
    `Engine lint of the ${CONTRACTS} contracts: ${ms(lint)} ms CPU; matching was ${((corpus.before / (lint + saved)) * 100).toFixed(1)} % of it ` +
      `before and is ${((corpus.trieRemembered / lint) * 100).toFixed(1)} % now; whole lint ${ratio(lint, lint + saved)} of before from this matching alone.`,
  );
  console.log(
    `Target: matching on the CLI-bench contracts ≤ ${TARGET}× before — ` +
      (corpus.trieRemembered / corpus.before <= TARGET ? 'met' : 'NOT met'),
  );
  printSummary({
    module: 'personal-data',
    target: TARGET,
    corpusProperties: corpusProperties.length,
    beforeMs: corpus.before,
    trieMs: corpus.trie,
    rememberedMs: corpus.trieRemembered,
    ratio: corpus.trieRemembered / corpus.before,
    trieRatio: corpus.trie / corpus.before,
    fixtureProperties: fixtures.length,
    fixturesRatio: fromFixtures.trieRemembered / fromFixtures.before,
    fixturesTrieRatio: fromFixtures.trie / fromFixtures.before,
    lintMs: lint,
    lintRatio: lint / (lint + saved),
  });
}

main();
