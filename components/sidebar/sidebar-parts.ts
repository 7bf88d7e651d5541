/**
 * The sidebar's parts that the first render does not need, each in its own chunk: the documents
 * (their builders and the PDF port), the preparation forms and conversation plan, the inventory
 * editor and the after-the-end capture. main.tsx starts fetching them with the store's first read,
 * so they are in before the client's record is.
 */
import { lazyPart } from './lazy-part';

const later = () => import('./later-parts');

export const StepDocuments = lazyPart(() => later().then((module) => module.StepDocuments));
export const PreparationSection = lazyPart(() => later().then((module) => module.PreparationSection));
export const AfterCaptureSection = lazyPart(() => later().then((module) => module.AfterCaptureSection));
export const InventoryBlock = lazyPart(() => later().then((module) => module.InventoryBlock));
export const InventoryTickAsk = lazyPart(() => later().then((module) => module.InventoryTickAsk));

const PARTS = [StepDocuments, PreparationSection, AfterCaptureSection, InventoryBlock, InventoryTickAsk];

/** Fetches every lazy part; resolves when all can render. */
export function preloadSidebarParts(): Promise<void> {
  return Promise.all(PARTS.map((part) => part.load())).then(() => undefined);
}
