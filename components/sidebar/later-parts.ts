/** Everything sidebar-parts.ts loads later, as one module so it is one chunk (one fetch, one gzip stream). */
export { StepDocuments } from './Documents';
export { PreparationSection } from './Preparation';
export { AfterCaptureSection } from './AfterCaptureSection';
export { InventoryBlock, InventoryTickAsk } from './Inventory';
