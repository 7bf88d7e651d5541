/** The webmail origins Offboard works on; the manifest and the sidebar's embedding check both use this list. */
export const WEBMAIL_ORIGINS = [
  'https://mail.google.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
] as const;

export const WEBMAIL_MATCHES = WEBMAIL_ORIGINS.map((origin) => `${origin}/*`);

/**
 * What the options page may ask for: one exact https origin at a time (common/custom-webmail.ts),
 * each a subset of this. Optional, so nothing of it is held at install.
 */
export const CUSTOM_WEBMAIL_OPTIONAL_ORIGINS = ['https://*/*'];

/**
 * Where sidebar.html may be framed: the built-in webmails and any company address the user grants
 * at run time, which the manifest cannot list. Chrome serves it only at a per-session URL
 * (use_dynamic_url); the sidebar checks its embedder against the granted origins and shows nothing
 * until the content script's pairing token arrives (README › Security).
 */
export const SIDEBAR_FRAME_MATCHES = ['https://*/*'];
