// Chrome's offscreen document for the automatic backup (background/backup-files.ts): writes the file
// through the streaming export and hands the background its blob URL; closed by the background.
import { errorText } from '../../common/errors';
import { extensionStoreClient, offboardMessenger } from '../../messaging/extension';
import { exportBackup } from '../../storage/backup/stream';

const run = new URLSearchParams(location.search).get('run') ?? '';
const messenger = offboardMessenger();

void exportBackup(extensionStoreClient(messenger)).then(
  (backup) => messenger.sendMessage('backup.offscreenBuilt', { run, url: URL.createObjectURL(backup.blob) }),
  (error: unknown) => messenger.sendMessage('backup.offscreenBuilt', { run, error: errorText(error) }),
);
