// `dist/server.js`: the language server on its own, for editors that start it directly
// (`node dist/server.js --stdio`; also `--node-ipc` or `--socket=PORT`, as vscode-languageserver reads them).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
