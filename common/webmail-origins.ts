/** The webmail origins Offboard works on; the manifest and the sidebar's embedding check both use this list. */
export const WEBMAIL_ORIGINS = [
  'https://mail.google.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
] as const;

export const WEBMAIL_MATCHES = WEBMAIL_ORIGINS.map((origin) => `${origin}/*`);
