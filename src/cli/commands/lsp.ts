// `dclens lsp --stdio`: runs the language server over standard input and output until the client says exit.
import { CliError, type CommandHandler } from '../command';
import { LSP_HELP } from '../help';

export const lspCommand: CommandHandler = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(LSP_HELP);
    return 0;
  }
  const unknown = args.find((a) => a !== '--stdio');
  if (unknown !== undefined) throw new CliError(`unknown option ${unknown} for dclens lsp (try dclens lsp --help)`);
  if (!args.includes('--stdio'))
    throw new CliError('dclens lsp needs --stdio: the editor talks to it over standard input and output');
  const { createConnection, ProposedFeatures } = await import('vscode-languageserver/node');
  const { startServer } = await import('../../server/server');
  // Read from the arguments (`--stdio`), so that console output is sent to the client's log, never to stdout.
  startServer(createConnection(ProposedFeatures.all));
  // The connection ends the process on `exit` (0 after `shutdown`, 1 otherwise) or when the client goes away.
  return new Promise<number>(() => undefined);
};
