// x-gov metadata: contactPoint is mandatory. In ODCS that is a support channel or a team member one can write to.
import { defineRule } from './define-rule';
import { objects, str } from '../contract-nodes';
import { currentMembers } from '../vocabulary/roles';

const looksLikeEmail = (v: unknown): boolean => typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim());

export default defineRule<undefined, 'noContact'>({
  meta: {
    id: 'ukgov-contact-point',
    code: 'DCL105',
    group: 'ownership',
    dimension: 'ownership',
    severity: 'off',
    profiles: { 'uk-gov': 'error' },
    description: 'The contract gives a contact point: a support channel, or a team member with an email address.',
    messages: {
      noContact: 'Add a contact point: a support channel such as a team mailbox, or a member with an email username.',
    },
  },
  create(context) {
    return {
      contract() {
        const channel = context.parts.support.some(
          (s) => (str(s.value.channel) ?? '').trim() !== '' || (str(s.value.url) ?? '').trim() !== '',
        );
        if (channel) return;
        const member = currentMembers(context.parts.teamMembers, context.today).some(
          (m) =>
            looksLikeEmail(m.value.username) ||
            looksLikeEmail(m.value.name) ||
            objects(m.value.customProperties).some(([c]) => looksLikeEmail(c.value)),
        );
        if (member) return;
        context.report({ path: [], messageId: 'noContact' });
      },
    };
  },
});
