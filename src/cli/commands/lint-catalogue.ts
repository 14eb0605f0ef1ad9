// The owner catalogue for `dclens lint` and `dclens score`: the sources and root the host decides for a file (the
// same as the editor's), read once per root. A file no `.dclens.yaml` marks as part of a workspace gets none: the
// owner rules stay silent and nothing beyond the files named is read.
import type { CatalogueSnapshot } from '../../engine';
import type { FileContext, NodeHost } from '../../node/host';
import { CliError } from '../command';

export async function cliCatalogue(
  host: NodeHost,
  context: FileContext,
  day: string,
): Promise<CatalogueSnapshot | undefined> {
  try {
    return await host.catalogueSnapshot(context, day);
  } catch (error) {
    throw new CliError(`cannot read the catalogue (${error instanceof Error ? error.message : String(error)})`);
  }
}
