import rule from '../../src/engine/rules/ukgov-licence';
import { contract, ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'licence', code: contract('customProperties:\n  - property: licence\n    value: DATA_SHARE_AGREEMENT\n') },
    {
      name: 'American spelling',
      code: contract(
        'customProperties:\n  - property: license\n    value: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\n',
      ),
    },
    {
      name: 'terms of use in the description',
      code: contract(
        'description:\n  purpose: Offences recorded by the courts.\n  usage: Internal MoJ analysis only, under the MoJ data access policy.\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'missing: suggests the OGL or a data share agreement',
      code: contract('customProperties:\n  - property: domain\n    value: justice\n'),
      errors: [{ messageId: 'missing', line: 6, column: 1 }],
      suggestions: ['Use the Open Government Licence v3.0', 'Shared under a data share agreement'],
    },
    {
      name: 'an empty licence does not count; the suggestion fills it in rather than adding a second licence',
      code: contract('customProperties:\n  - property: licence # agreed with legal\n    value: ""\n'),
      errors: [{ messageId: 'missing', line: 6, column: 1 }],
      suggestions: ['Use the Open Government Licence v3.0', 'Shared under a data share agreement'],
      suggestionOutput: contract(
        'customProperties:\n  - property: licence # agreed with legal\n    value: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\n',
      ),
    },
    {
      name: 'a blank licence in flow style is filled in too',
      code: contract('customProperties:\n  - {property: license, value: " "}\n'),
      errors: [{ messageId: 'missing', line: 6, column: 1 }],
      suggestionOutput: contract('customProperties:\n  - {property: license, value: DATA_SHARE_AGREEMENT}\n').replace(
        'DATA_SHARE_AGREEMENT',
        'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      ),
    },
    {
      name: 'a licence entry without a value: nothing offered, as a second licence would contradict it',
      code: contract('customProperties:\n  - property: license\n'),
      errors: [{ messageId: 'missing', line: 6, column: 1 }],
      suggestions: [],
    },
    {
      name: "a licence entry with an empty 'value:': nothing offered",
      code: contract(
        'customProperties:\n  - property: licence\n    value:\n  - property: domain\n    value: justice\n',
      ),
      errors: [{ messageId: 'missing', line: 6, column: 1 }],
      suggestions: [],
    },
  ],
});
