/** The reviewer's catalogue command: see catalog/command.ts and README.md, "Reviewer's catalogue". */
import { runCatalogCommand } from '../catalog/command';

process.exitCode = runCatalogCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
