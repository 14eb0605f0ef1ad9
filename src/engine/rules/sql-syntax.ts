// A quality query that no dialect of the contract's servers can read will fail when the check runs.
import { defineRule } from './define-rule';
import { dialectsForServers, dialectName } from '../sql/dialect';
import { findSqlProblem } from '../sql/check-sql';
import { sharedQueryLocator, offsetInSql } from '../sql/query-locator';

export default defineRule<undefined, 'cannotParse'>({
  meta: {
    id: 'sql-syntax',
    code: 'DCL250',
    group: 'sql',
    dimension: 'validity',
    severity: 'warning',
    description: "A quality rule's SQL query can be read in the SQL dialect of the contract's servers.",
    messages: {
      cannotParse: 'Fix the SQL of {label}: it cannot be read as {dialect} ({problem}).',
    },
    grouping: {
      cannotParse: 'Fix the SQL of {count} quality rules of {schema}; it cannot be read: {names}.',
    },
  },
  create(context) {
    const dialects = dialectsForServers(context.contract.servers);
    const locator = sharedQueryLocator(context.parts, context.text);
    return {
      quality(node) {
        const query = node.value.query;
        if (typeof query !== 'string' || query.trim() === '') return;
        const problem = findSqlProblem(query, dialects);
        if (!problem) return;
        const start = offsetInSql(query, problem.line, problem.character);
        const lineEnd = query.indexOf('\n', start);
        const path = [...node.path, 'query'];
        context.report({
          path,
          target: 'value',
          range: locator.rangeOf(path, query, start, lineEnd === -1 ? query.length : lineEnd),
          messageId: 'cannotParse',
          data: { label: node.label, problem: problem.message, dialect: dialects.map(dialectName).join(' or ') },
        });
      },
    };
  },
});
