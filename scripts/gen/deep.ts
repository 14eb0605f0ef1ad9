// Generates deep contracts for the scaling benchmark and tests: schema objects whose properties nest objects inside
// objects, and lists of lists, close to the nesting limit the engine checks (MAX_NESTING_DEPTH levels of lists and
// maps). A large contract repeats such a schema object, so its size grows while its depth stays the same.
// Deterministic: the same options give the same text.

const HEADER = [
  'apiVersion: v3.1.0',
  'kind: DataContract',
  'id: 5d3a1f0e-deep-contract',
  'name: Deep contract',
  'version: 1.0.0',
  'status: active',
];

/** Property levels of the object chain: its innermost map is 97 YAML levels deep (the limit is 100). */
export const DEEP_OBJECT_LEVELS = 46;
/** List levels of the list chain (an array of arrays of …): its innermost map is 98 YAML levels deep. */
export const DEEP_LIST_LEVELS = 90;

export interface DeepOptions {
  /** How many deep schema objects the contract holds. */
  tables: number;
  /** Property levels of each object chain (default DEEP_OBJECT_LEVELS). */
  objectLevels?: number;
  /** List levels of each list chain (default DEEP_LIST_LEVELS). */
  listLevels?: number;
}

/**
 * `tables` schema objects, each with two properties: an object chain (`level_0` holds `code_0` and `level_1`, which
 * holds `code_1` and `level_2` …, down to a `leaf`) and a list chain (`matrix`: an array whose items are arrays,
 * `listLevels` deep, of objects with one property).
 */
export function generateDeepContract(options: DeepOptions): string {
  const objectLevels = options.objectLevels ?? DEEP_OBJECT_LEVELS;
  const listLevels = options.listLevels ?? DEEP_LIST_LEVELS;
  const out = [...HEADER, 'schema:'];
  for (let t = 0; t < options.tables; t++) {
    out.push(
      `  - name: deep_table_${t}`,
      '    logicalType: object',
      `    description: Deep table number ${t}.`,
      '    properties:',
    );
    let indent = '      ';
    for (let i = 0; i < objectLevels; i++) {
      out.push(
        `${indent}- name: code_${i}`,
        `${indent}  logicalType: string`,
        `${indent}  description: Code at level ${i}.`,
        `${indent}- name: level_${i}`,
        `${indent}  logicalType: object`,
        `${indent}  description: Level ${i} of table ${t}.`,
        `${indent}  properties:`,
      );
      indent += '    ';
    }
    out.push(`${indent}- name: leaf`, `${indent}  logicalType: string`, `${indent}  description: The innermost value.`);

    out.push(
      '      - name: matrix',
      '        logicalType: array',
      `        description: Lists nested ${listLevels} deep.`,
      '        items:',
    );
    indent = '          ';
    for (let i = 0; i < listLevels; i++) {
      out.push(`${indent}logicalType: array`, `${indent}items:`);
      indent += '  ';
    }
    out.push(
      `${indent}logicalType: object`,
      `${indent}properties:`,
      `${indent}  - name: cell`,
      `${indent}    logicalType: string`,
      `${indent}    description: One cell.`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** The smallest deep contract (whole schema objects) of at least `bytes` bytes. */
export function generateDeepContractOfSize(bytes: number, options: Omit<DeepOptions, 'tables'> = {}): string {
  const header = generateDeepContract({ ...options, tables: 0 }).length;
  const perTable = generateDeepContract({ ...options, tables: 1 }).length - header;
  return generateDeepContract({ ...options, tables: Math.max(1, Math.ceil((bytes - header) / perTable)) });
}
