import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { OdcsContractSchema, PropertySchema, type OdcsContract } from '../../src/engine/model';
import { officialExamples } from '../conformance/fixtures';
import { HEAD } from './helpers';

describe('model: typed zod schemas', () => {
  it('parses every official example into a typed contract', () => {
    for (const { name, doc } of officialExamples()) {
      const result = OdcsContractSchema.safeParse(doc);
      assert.ok(result.success, name);
      const contract: OdcsContract = result.data;
      assert.equal(typeof contract.id, 'string');
    }
  });

  it('gives typed access to nested nodes', () => {
    const contract = OdcsContractSchema.parse(
      parse(
        HEAD +
          'schema:\n  - name: orders\n    properties:\n      - name: id\n        logicalType: string\n        required: true\n',
      ),
    );
    const property = contract.schema?.[0].properties?.[0];
    assert.equal(property?.logicalType, 'string');
    assert.equal(property?.required, true);
  });

  it('rejects with the model’s plain-English messages and paths', () => {
    const result = OdcsContractSchema.safeParse(parse(HEAD + 'schema:\n  - name: orders\n    descripton: x\n'));
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error?.issues.map((i) => [i.path, i.message]),
      [[['schema', 0, 'descripton'], "Rename the unknown key 'descripton' to 'description' in schema 'orders'."]],
    );
  });

  it('PropertySchema accepts nested properties and items', () => {
    const ok = PropertySchema.safeParse({
      name: 'a',
      logicalType: 'array',
      items: { logicalType: 'object', properties: [{ name: 'b' }] },
    });
    assert.ok(ok.success);
  });
});
