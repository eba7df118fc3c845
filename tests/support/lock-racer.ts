/**
 * A process that races for data-folder locks on command: the parent sends a folder and a moment,
 * this process tries to lock the folder at that moment and reports whether it got it.
 */
import { lockDataDir } from '../../electron/backend/store/lock';

process.on('message', (msg: { dir: string; at: number }) => {
  setTimeout(
    () =>
      void lockDataDir(msg.dir).then(
        () => process.send!({ dir: msg.dir, locked: true }),
        (err: Error) => process.send!({ dir: msg.dir, locked: false, message: err.message }),
      ),
    Math.max(0, msg.at - Date.now()),
  );
});
process.send!({ ready: true });
