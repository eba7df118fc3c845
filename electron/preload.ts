/**
 * The renderer's only door to the backend: one `invoke(method, input)` that forwards to the main
 * process. No Node, no ipcRenderer, no events are exposed; the main process validates everything.
 */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('rekindle', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('rekindle:invoke', String(method), input),
});
