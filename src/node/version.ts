// The version printed by `dclens --version`, the language server's `serverInfo` and machine-readable output
// (bundled at build time). It lives in the Node host so that the CLI and the server share it.
import { version } from '../../package.json';

export const DCLENS_VERSION: string = version;
