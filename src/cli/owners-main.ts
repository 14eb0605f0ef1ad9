// `dclens owners …` from its own bundle (dist/cli-owners.js; dist/cli.js sends the command here): the owners
// command without the rest of the CLI, so a call the catalogue cache answers does not compile or load the linter.
import { ownersCommand } from './commands/owners';
import { start } from './run';

void start({ owners: ownersCommand });
