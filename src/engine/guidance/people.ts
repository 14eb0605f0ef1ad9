// Guidance for the people around the data: the team, its members, access roles and support channels.
import { g, type GuidanceTable } from './guidance-types';

export const TEAM: GuidanceTable = {
  id: g('A stable identifier for the team.', 'id: sales-data-team'),
  name: g(
    'The name of the team that owns and maintains the data, as it appears in your organisation’s directory or catalogue.',
    'name: sales-data',
    { dimension: 'ownership' },
  ),
  description: g(
    'What the team does and how to reach it.',
    'description: Looks after sales reporting data; ask in #sales-data.',
    { dimension: 'ownership' },
  ),
  members: g(
    'The people in the team and their roles. Name at least the Data Owner (accountable), and ideally a Data Steward and a Data Custodian.',
    'members:\n  - username: alice@example.org\n    role: Data Owner\n  - username: bob@example.org\n    role: Data Steward',
    { dimension: 'ownership', rules: ['no-team', 'no-data-owner', 'no-data-steward', 'team-member-left'] },
  ),
  tags: g('Keywords about the team.', 'tags:\n  - finance'),
  customProperties: g(
    'Extra facts about the team, such as its business unit.',
    'customProperties:\n  - property: businessUnit\n    value: HMPPS',
  ),
  authoritativeDefinitions: g(
    'Links to the team’s page in a directory or catalogue.',
    'authoritativeDefinitions:\n  - type: implementation\n    url: https://directory.example.org/teams/sales-data',
  ),
};

export const TEAM_MEMBER: GuidanceTable = {
  id: g('A stable identifier for the member entry.', 'id: alice'),
  username: g(
    'Who the person is: their user name or work email, so tools can find them in the directory.',
    'username: alice.smith@justice.gov.uk',
    {
      dimension: 'ownership',
      good: 'A work email or directory id that stays valid, not a shared mailbox.',
      rules: ['unique-names'],
    },
  ),
  name: g('The person’s full name, for readers who do not know their user name.', 'name: Alice Smith', {
    dimension: 'ownership',
  }),
  description: g('What this person does for the data.', 'description: Approves access requests and retention changes.'),
  role: g(
    'What the person is responsible for. Data Owner: the senior person accountable for the data. Data Steward: knows what it means. Data Custodian: runs and stores it.',
    'role: Data Owner',
    {
      dimension: 'ownership',
      good: 'Data Owner, Data Steward or Data Custodian, so everyone reads the role the same way.',
      rules: ['no-data-owner'],
    },
  ),
  dateIn: g('The date the person took on this role.', 'dateIn: 2025-01-31'),
  dateOut: g(
    'The date the person left the role. Keep the entry for history and add whoever took over.',
    'dateOut: 2025-06-30\nreplacedByUsername: carol@example.org',
    { dimension: 'ownership', rules: ['no-data-owner', 'team-member-left'] },
  ),
  replacedByUsername: g(
    'The user name of the person who took over the role.',
    'replacedByUsername: carol@example.org',
    { dimension: 'ownership', rules: ['team-member-left'] },
  ),
  tags: g('Keywords about the member.', 'tags:\n  - approver'),
  customProperties: g(
    'Extra facts about the member, as property/value pairs.',
    'customProperties:\n  - property: grade\n    value: SCS1',
  ),
  authoritativeDefinitions: g(
    'Links to the person’s directory entry.',
    'authoritativeDefinitions:\n  - type: implementation\n    url: https://directory.example.org/people/alice',
  ),
};

export const ROLE: GuidanceTable = {
  id: g('A stable identifier for the access role.', 'id: sales_reader'),
  role: g(
    'The name of the access role (for example an IAM role) people request to use the data.',
    'role: sales_reader',
  ),
  description: g('What the role lets people do.', 'description: Read-only access to the orders tables.'),
  access: g('The kind of access the role gives: read or write.', 'access: read'),
  firstLevelApprovers: g(
    'Who approves a request for this role first, often a manager or the Data Steward.',
    'firstLevelApprovers: Sales data steward',
    { dimension: 'ownership' },
  ),
  secondLevelApprovers: g(
    'Who approves next, often the Data Owner or Information Asset Owner.',
    'secondLevelApprovers: Information Asset Owner',
    { dimension: 'ownership' },
  ),
  customProperties: g(
    'Extra facts about the role, as property/value pairs.',
    'customProperties:\n  - property: maxDurationDays\n    value: 90',
  ),
};

export const SUPPORT: GuidanceTable = {
  id: g('A stable identifier for the support channel.', 'id: sales-data-mailbox'),
  channel: g('The name of the channel, mailbox or queue.', 'channel: sales-data', { dimension: 'ownership' }),
  url: g('How to reach the channel: a link, or mailto: with an address.', 'url: mailto:sales-data@example.org', {
    dimension: 'ownership',
  }),
  description: g(
    'What the channel is for and how quickly people answer.',
    'description: Questions about the orders data; answered within a working day.',
  ),
  tool: g('The tool behind the channel: email, slack, teams, discord or ticket.', 'tool: email'),
  scope: g('What the channel is used for: interactive questions, announcements or issues.', 'scope: issues'),
  invitationUrl: g(
    'A link to join the channel, when people have to join before they can post.',
    'invitationUrl: https://slack.example.org/join/sales-data',
  ),
  customProperties: g(
    'Extra facts about the channel, as property/value pairs.',
    'customProperties:\n  - property: hours\n    value: 9-17 weekdays',
  ),
};
