/** The documents command: see catalog/documents-command.ts and README.md, "Documents". */
import { runDocumentsCommand } from '../catalog/documents-command';

process.exitCode = await runDocumentsCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
