// A small contract with slots, so each test changes one thing and nothing else.

export interface Slots {
  version?: string;
  status?: string;
  /** Top-level keys (servers, slaProperties, team, …), unindented. */
  top?: string;
  /** Keys of schema object 'fines', unindented. */
  object?: string;
  /** Keys of property 'amount', unindented. */
  amount?: string;
  /** More properties of 'fines', as list items, unindented. */
  props?: string;
  /** More schema objects, as list items, unindented. */
  objects?: string;
}

const indent = (text: string | undefined, spaces: number): string =>
  text
    ? `${text
        .split('\n')
        .map((l) => (l ? ' '.repeat(spaces) + l : l))
        .join('\n')}\n`
    : '';

export function contract(s: Slots = {}): string {
  return (
    `apiVersion: v3.1.0
kind: DataContract
id: fines-contract
version: ${s.version ?? '1.0.0'}
status: ${s.status ?? 'active'}
` +
    indent(s.top, 0) +
    `schema:
  - name: fines
    physicalType: table
` +
    indent(s.object, 4) +
    `    properties:
      - name: fine_id
        logicalType: string
      - name: amount
` +
    indent(s.amount ?? 'logicalType: number', 8) +
    indent(s.props, 6) +
    indent(s.objects, 2)
  );
}
