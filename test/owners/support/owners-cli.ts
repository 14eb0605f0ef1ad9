// Runs `dclens owners suggest` in-process and builds small contracts, for the owners CLI tests.
import { stringify } from 'yaml';
import type { CliIO } from '../../../src/cli/command';
import { ownersCommand } from '../../../src/cli/commands/owners';

export async function runOwners(
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const code = await ownersCommand(args, io);
  return { code, stdout, stderr };
}

/** A v3.1.0 contract in the prisons domain with the given team members. */
export const prisonsContract = (id: string, members: object[]): string =>
  stringify({
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id,
    version: '1.0.0',
    status: 'active',
    domain: 'prisons',
    team: { name: 'prisons-data', members },
  });
