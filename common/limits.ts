/**
 * Size limits of everything the store keeps. storage/schemas.ts enforces them; the forms show them
 * (maxLength, counters, messages) from this same table, so a user learns a limit before saving.
 */
import { CAPTURED_TEXT_MAX } from '../offboarding/after';
import { INVENTORY_LIMITS } from '../offboarding/inventory';

export const LIMITS = {
  id: 100,
  name: 200,
  shortText: 200,
  note: 20_000,
  /**
   * A template body. The longest built-in is 3.3 KB; 10 000 characters is three times that (four
   * printed pages) and keeps a crafted body from freezing the editor and the preview: marked took
   * 5–6 s on crafted 50 KB bodies, and its worst cases grow with the square of the length.
   */
  templateBody: 10_000,
  email: 254,
  domain: 253,
  url: 2_000,
  listItems: 200,
  eventDataKeys: 30,
  eventDataValue: 2_000,
  /** Rows in one overview.summary answer. */
  overviewPage: 1_000,
  /** A backup document; checked (with a specific message) by storage/transfer.ts. */
  importBytes: 50 * 1024 * 1024,
  /**
   * Rows per table and events per client in a backup (storage/backup/). Far above real use (the
   * benchmark's 100 000 clients / 1 000 000 events fit) but a crafted backup can no longer make one
   * client's timeline, which the sidebar loads whole, 150 000 events long.
   */
  importRows: { clients: 200_000, offboardings: 500_000, events: 2_000_000, templates: 1_000 },
  eventsPerClient: 5_000,
  /** Before the notice (issue 18): one fact, attempt or condition is a paragraph, not a document. */
  preparationText: 2_000,
  preparationItems: 50,
  /** A quoted reply, a testimonial, one retrospective answer: longer than any e-mail paragraph worth keeping. */
  capturedText: CAPTURED_TEXT_MAX,
  /** Captured records of one kind on one offboarding. */
  capturesPerOffboarding: 100,
  /** The handover inventory (issue 13): items per offboarding, an item's name, note and recipient. */
  inventoryItems: INVENTORY_LIMITS.items,
  inventoryName: INVENTORY_LIMITS.name,
  inventoryNote: INVENTORY_LIMITS.note,
  inventoryRecipient: INVENTORY_LIMITS.recipient,
  /** A foreign company's registered number (Companies House: 8 characters) and where it is registered. */
  companyNumber: 20,
  registeredIn: 100,
} as const;

/**
 * The longest notice period a form accepts, per unit: three years. Real B2B notice periods are
 * weeks to a few months; "1200 months" is a typo. (The store keeps its wider bound, 3650, so old
 * records and backups stay readable.)
 */
export const NOTICE_PERIOD_MAX = { days: 1095, weeks: 156, months: 36 } as const;

/** The largest amount a settlement item holds, in major units (a trillion): far above any invoice. */
export const AMOUNT_MAX_MAJOR = 1_000_000_000_000;
