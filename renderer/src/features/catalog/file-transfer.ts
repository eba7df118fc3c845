import type { TableExportFile, TableFileFormat } from '../../../../shared/api';
import { bytesToBase64 } from '../../../../shared/import';

/** Saves an exported file through a Blob link, which works in Electron and in the browser build. */
export function downloadFile(file: TableExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has handed the blob to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The chosen file as raw bytes (base64), so the backend can tell a non-UTF-8 file apart. */
export async function readImportFile(file: File): Promise<{ format: TableFileFormat; fileName: string; base64: string }> {
  const format: TableFileFormat = /\.json$/i.test(file.name) || file.type === 'application/json' ? 'json' : 'csv';
  return { format, fileName: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}
