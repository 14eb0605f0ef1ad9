// Generates realistic ODCS v3.1.0 contracts of a chosen size, for the benchmark and the size tests.
// Deterministic: the same options give the same text.

export interface GenerateOptions {
  /** Roughly how many lines (the generator stops at the first property past it). */
  lines: number;
  /** Keep adding schema objects until the text is at least this many bytes (overrides `lines` when larger). */
  targetBytes?: number;
  /** Plant a few mistakes (a logicalType typo, a misspelt key, a primary key without checks). */
  mistakes?: boolean;
  seed?: number;
}

const DOMAINS = ['sales', 'finance', 'justice', 'courts', 'prisons', 'probation', 'hr', 'estates'];
const WORDS = [
  'order',
  'case',
  'hearing',
  'court',
  'payment',
  'invoice',
  'booking',
  'location',
  'region',
  'product',
  'supplier',
  'account',
  'status',
  'channel',
  'category',
  'batch',
  'event',
  'session',
  'warehouse',
  'shipment',
  'listing',
  'ledger',
  'journal',
  'budget',
];
const SUFFIXES = ['id', 'code', 'name', 'type', 'count', 'amount', 'date', 'ts', 'flag', 'ref', 'total', 'rate'];
const TYPES: Record<string, [string, string]> = {
  id: ['string', 'varchar(36)'],
  code: ['string', 'varchar(10)'],
  name: ['string', 'varchar(200)'],
  type: ['string', 'varchar(20)'],
  count: ['integer', 'int'],
  amount: ['number', 'decimal(18,2)'],
  date: ['date', 'date'],
  ts: ['timestamp', 'timestamp'],
  flag: ['boolean', 'boolean'],
  ref: ['string', 'varchar(50)'],
  total: ['number', 'decimal(18,2)'],
  rate: ['number', 'float'],
};

/** A small seeded generator (mulberry32), so runs are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateContract(options: GenerateOptions): string {
  const rand = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const domain = pick(DOMAINS);
  const out: string[] = [
    'apiVersion: v3.1.0',
    'kind: DataContract',
    `id: ${domain}-contract-${options.seed ?? 1}`,
    `name: ${domain} data`,
    'version: 1.2.0',
    'status: active',
    `domain: ${domain}`,
    'description:',
    `  purpose: Records of the ${domain} service, one row per business event.`,
    '  usage: Reporting and analysis.',
    'team:',
    `  name: ${domain}-data`,
    '  members:',
    '    - username: asha.patel',
    '      name: Asha Patel',
    '      role: Data Owner',
    '    - username: ben.okafor',
    '      name: Ben Okafor',
    '      role: Data Steward',
    'support:',
    `  - channel: ${domain}-data-help`,
    '    tool: slack',
    `    url: https://example.slack.com/archives/${domain}`,
    'slaProperties:',
    '  - property: latency',
    '    value: 1',
    '    unit: d',
    'schema:',
  ];
  let bytes = out.reduce((n, l) => n + l.length + 1, 0);
  const push = (line: string) => {
    out.push(line);
    bytes += line.length + 1;
  };
  const enough = () => out.length >= options.lines && bytes >= (options.targetBytes ?? 0);
  let objectIndex = 0;
  while (!enough() || objectIndex === 0) {
    const table = `${pick(WORDS)}_${pick(WORDS)}_${objectIndex}`;
    push(`  - name: ${table}`);
    push('    physicalType: table');
    push(`    description: One row per ${table.replace(/_/g, ' ')}.`);
    push(`    dataGranularityDescription: One row per ${table.replace(/_/g, ' ')}`);
    push('    properties:');
    const count = 4 + Math.floor(rand() * 12);
    for (let p = 0; p < count && !(enough() && p > 0); p++) {
      const suffix = p === 0 ? 'id' : pick(SUFFIXES);
      const name = p === 0 ? `${table}_id` : `${pick(WORDS)}_${suffix}_${p}`;
      const [logicalType, physicalType] = TYPES[suffix];
      const typo = options.mistakes && objectIndex === 0 && p === 1;
      push(`      - name: ${name}`);
      push(`        logicalType: ${typo ? 'strng' : logicalType}`);
      push(`        physicalType: ${physicalType}`);
      push(
        `        ${options.mistakes && objectIndex === 0 && p === 2 ? 'descripton' : 'description'}: The ${name.replace(/_/g, ' ')} of the record.`,
      );
      if (p === 0) {
        push('        primaryKey: true');
        push('        primaryKeyPosition: 1');
        if (!(options.mistakes && objectIndex === 0)) {
          push('        required: true');
          push('        unique: true');
          push('        quality:');
          push('          - metric: nullValues');
          push('            mustBe: 0');
          push('            dimension: completeness');
          push('          - metric: duplicateValues');
          push('            mustBe: 0');
          push('            dimension: uniqueness');
        }
      } else if (rand() < 0.3) {
        push('        required: true');
        push('        quality:');
        push('          - metric: nullValues');
        push(`            mustBeLessThan: ${Math.floor(rand() * 10)}`);
        push('            unit: percent');
        push('            dimension: completeness');
      } else if (rand() < 0.2) {
        push('        examples:');
        push(`          - "${pick(WORDS)}"`);
      }
    }
    objectIndex++;
  }
  return `${out.join('\n')}\n`;
}
