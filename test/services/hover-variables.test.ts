import assert from 'node:assert/strict';
import { getHover } from '../../src/engine/services/hover';
import { caret } from './caret';

const today = '2026-11-27';

const CONTRACT = `apiVersion: v3.2.0
kind: DataContract
id: orders-contract
version: 1.0.0
status: active
servers:
  - server: prod_db
    type: postgresql
    host: \${DB_HOST}
    port: \${DB_PORT:-5432}
    database: \${DB_NAME:-orders}
    schema: public
schema:
  - name: orders
    description: Orders read from \${DB_HOST}.
    properties:
      - name: order_id
        logicalType: string
    quality:
      - type: sql
        query: |
          SELECT COUNT(*) FROM \${object}
          WHERE created_at > \${CUTOFF_DATE:-2024-01-01}
            AND source = '\${DB_HOST}'
        mustBe: 0
`;

const hoverAt = (find: string, marked: string, text = CONTRACT) => {
  assert.ok(text.includes(find), `test text lacks ${find}`);
  const { text: t, position } = caret(text.replace(find, marked), '^');
  return { hover: getHover(t, position, { today }), text: t };
};

describe('getHover on ODCS v3.2.0 variables', () => {
  it('names the variable under the cursor and every place it is used, with line numbers', () => {
    const { hover, text } = hoverAt('host: ${DB_HOST}', 'host: ${DB_H^OST}');
    assert.ok(hover);
    assert.match(hover.markdown, /\*\*Variable `DB_HOST`\*\* · no default/);
    assert.match(
      hover.markdown,
      /Used in 3 places:\n- line 9: `host` of server 'prod\\_db'\n- line 15: `description` of schema 'orders'\n- line 24: `query` of quality rule \\#1 of schema 'orders'/,
    );
    assert.doesNotMatch(hover.markdown, /DB_PORT|CUTOFF_DATE/, 'only the variable under the cursor');
    const line = text.split('\n')[hover.range.start.line];
    assert.equal(line.slice(hover.range.start.character, hover.range.end.character), '${DB_HOST}');
  });

  it('shows the default of ${NAME:-default}', () => {
    const { hover } = hoverAt('database: ${DB_NAME:-orders}', 'database: ${DB_NAME:-ord^ers}');
    assert.match(
      hover?.markdown ?? '',
      /\*\*Variable `DB_NAME`\*\* · default `orders`[\s\S]*or with the default when it is unset or empty[\s\S]*Used in 1 place:\n- line 11: `database` of server 'prod\\_db'/,
    );
  });

  it('finds a variable on a later line of a block query, not the tool placeholder beside it', () => {
    const { hover } = hoverAt('> ${CUTOFF_DATE:-2024-01-01}', '> ${CUTOFF^_DATE:-2024-01-01}');
    assert.match(
      hover?.markdown ?? '',
      /\*\*Variable `CUTOFF_DATE`\*\* · default `2024-01-01`[\s\S]*- line 23: `query` of quality rule \\#1/,
    );
    const onPlaceholder = hoverAt('FROM ${object}', 'FROM ${obj^ect}').hover;
    assert.doesNotMatch(onPlaceholder?.markdown ?? '', /Variable/);
  });

  it('lists the variables of the value (of its line, in a block) when the cursor is elsewhere in it', () => {
    const text = CONTRACT.replace(
      '    schema: public\n',
      '    schema: public\n    location: s3://${BUCKET}/${ENV}/orders\n',
    );
    const { hover } = hoverAt('location: s3://', 'location: s^3://', text);
    assert.match(hover?.markdown ?? '', /\*\*Variable `BUCKET`\*\*[\s\S]*\*\*Variable `ENV`\*\*/);
    const inQuery = hoverAt('WHERE created_at', 'WH^ERE created_at').hover;
    assert.match(inQuery?.markdown ?? '', /\*\*Variable `CUTOFF_DATE`\*\*/);
    assert.doesNotMatch(
      inQuery?.markdown ?? '',
      /Variable `DB_HOST`/,
      'only the variables on the line of a long value',
    );
  });

  it('says nothing about variables in a contract older than v3.2.0, or on a plain value', () => {
    const old = hoverAt('host: ${DB_HOST}', 'host: ${DB_H^OST}', CONTRACT.replace('v3.2.0', 'v3.1.0')).hover;
    assert.doesNotMatch(old?.markdown ?? '', /Variable/);
    const plain = hoverAt('    schema: public', '    schema: pub^lic').hover;
    assert.doesNotMatch(plain?.markdown ?? '', /Variable/);
  });
});
