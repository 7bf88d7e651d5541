/** The documents command: see documents/command.ts and README.md, "Documents". */
import { runDocumentsCommand } from '../documents/command';

process.exitCode = await runDocumentsCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
