// Generates contracts with an unusual shape, for the scaling benchmark and tests: one schema object with very many
// properties (wide), and objects nested very deep (deep). Deterministic: the same options give the same text.

const HEADER = [
  'apiVersion: v3.1.0',
  'kind: DataContract',
  'id: 5d3a1f0e-wide-contract',
  'name: Wide contract',
  'version: 1.0.0',
  'status: active',
];

/** One schema object with `properties` properties (about 115 bytes each); `mistakes` misspells every logicalType. */
export function generateWideContract(options: { properties: number; mistakes?: boolean }): string {
  const out = [...HEADER, 'schema:', '  - name: wide_table', '    logicalType: object', '    properties:'];
  for (let i = 0; i < options.properties; i++) {
    out.push(
      `      - name: column_${i}`,
      `        logicalType: ${options.mistakes ? 'strng' : 'string'}`,
      `        description: Column number ${i} of the wide table.`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** The smallest wide contract of at least `bytes` bytes. */
export function generateWideContractOfSize(bytes: number, mistakes = false): string {
  const perProperty = generateWideContract({ properties: 2 }).length - generateWideContract({ properties: 1 }).length;
  const header = generateWideContract({ properties: 0 }).length;
  return generateWideContract({ properties: Math.max(1, Math.ceil((bytes - header) / perProperty)), mistakes });
}

/** A property whose object-typed properties nest `depth` levels below the schema object. */
export function generateDeepContract(options: { depth: number }): string {
  const out = [...HEADER, 'schema:', '  - name: deep_table', '    logicalType: object', '    properties:'];
  let indent = '      ';
  for (let i = 0; i < options.depth; i++) {
    out.push(`${indent}- name: level_${i}`, `${indent}  logicalType: object`, `${indent}  properties:`);
    indent += '    ';
  }
  out.push(`${indent}- name: leaf`, `${indent}  logicalType: string`);
  return `${out.join('\n')}\n`;
}
