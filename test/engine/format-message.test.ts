import assert from 'node:assert/strict';
import { formatMessage, unfilledPlaceholders } from '../../src/engine/rules/define-rule';

describe('formatMessage', () => {
  it('fills each placeholder with its value', () => {
    assert.equal(
      formatMessage("Property '{name}' of {schema} has {count} checks.", {
        name: 'order_id',
        schema: "schema 'orders'",
        count: 2,
      }),
      "Property 'order_id' of schema 'orders' has 2 checks.",
    );
  });

  it('writes {{name}} as a literal {name}, so a message can show the SQL placeholders tools replace', () => {
    assert.equal(
      formatMessage("Use '{{object}}' for the table, not '{placeholder}'.", {
        placeholder: '{objet}',
        object: 'orders',
      }),
      "Use '{object}' for the table, not '{objet}'.",
    );
  });

  it('inserts values as they are: braces in a value are not filled again', () => {
    assert.equal(
      formatMessage("The query reads '{text}'.", { text: 'SELECT {name} FROM {object}', name: 'x' }),
      "The query reads 'SELECT {name} FROM {object}'.",
    );
  });

  it('leaves a placeholder without a value as written, and never fills one from the object prototype', () => {
    assert.equal(
      formatMessage('{label} lacks {constructor} and {missing}.', { label: 'It' }),
      'It lacks {constructor} and {missing}.',
    );
  });

  it('treats an undefined value as missing rather than writing "undefined"', () => {
    assert.equal(formatMessage('Name: {name}.', { name: undefined as unknown as string }), 'Name: {name}.');
  });
});

describe('unfilledPlaceholders', () => {
  it('names each placeholder the data leaves unfilled, once', () => {
    assert.deepEqual(unfilledPlaceholders('{label} uses {name}, {name} and {other}.', { label: 'x' }), [
      'name',
      'other',
    ]);
  });

  it('does not count literal {{name}} braces or filled placeholders', () => {
    assert.deepEqual(unfilledPlaceholders("Use '{{object}}' for {label}.", { label: 'the table' }), []);
  });

  it('counts a placeholder whose value is undefined', () => {
    assert.deepEqual(unfilledPlaceholders('{name}', { name: undefined as unknown as string }), ['name']);
  });
});
