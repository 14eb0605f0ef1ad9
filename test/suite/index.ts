// Loaded by the extension host (extensionTestsPath): runs every *.test.js beside it with mocha.
// The host's console only reaches the workbench, so the report is also appended to $VSCODE_E2E_LOG,
// which the offline runner streams to its stdout.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const logFile = process.env.VSCODE_E2E_LOG;
  if (logFile) {
    const original = Mocha.reporters.Base.consoleLog;
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
      fs.appendFileSync(logFile, util.format(...args) + '\n');
      original(...args);
    };
  }
  // An untrusted workspace runs only the Restricted Mode tests; a trusted one runs everything else.
  const restricted = process.env.DCLENS_E2E_RESTRICTED === '1';
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  if (restricted) mocha.grep('Restricted Mode');
  else if (process.env.DCLENS_SUITE_GREP) mocha.grep(new RegExp(process.env.DCLENS_SUITE_GREP));
  else mocha.grep('Restricted Mode').invert();
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const line = `${runner.stats?.passes ?? 0} passed, ${failures} failed`;
      if (logFile) fs.appendFileSync(logFile, line + '\n');
      console.log(line);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
