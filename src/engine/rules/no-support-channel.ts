// Consumers who find a problem need somewhere to say so.
import { defineRule } from './define-rule';

export default defineRule<undefined, 'noSupport'>({
  meta: {
    id: 'no-support-channel',
    code: 'DCL103',
    group: 'ownership',
    dimension: 'ownership',
    // Most real contracts name none (78 % of a corpus of public ones) and their team is the first contact: `strict` asks.
    severity: 'off',
    // Under uk-gov, ukgov-contact-point asks for the same thing as an error.
    profiles: { strict: 'warning', 'uk-gov': 'off' },
    description: 'The contract lists at least one support channel.',
    messages: {
      noSupport:
        "Add a support channel (a Slack or Teams channel, a mailbox or a ticket queue) for consumers' questions.",
    },
  },
  create(context) {
    return {
      contract(node) {
        const support = node.value.support;
        if (Array.isArray(support) ? support.length > 0 : support !== undefined && support !== null) return;
        context.report({ path: support === undefined || support === null ? [] : ['support'], messageId: 'noSupport' });
      },
    };
  },
});
