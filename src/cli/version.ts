// The version printed by `dclens --version` and in machine-readable output (bundled at build time).
import { version } from '../../package.json';

export const DCLENS_VERSION: string = version;
