import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES = resolve(__dirname, '../../fixtures');

/** A fixture loaded into its own jsdom window at the real app's URL (no scripts run). */
export function loadFixture(name: string, url: string): JSDOM {
  const html = readFileSync(resolve(FIXTURES, name), 'utf8');
  return new JSDOM(html, { url, pretendToBeVisual: true });
}

/** A fixture after its window's load event, as a content script at document_idle usually finds it. */
export async function loadedFixture(name: string, url: string): Promise<JSDOM> {
  const dom = loadFixture(name, url);
  if (dom.window.document.readyState !== 'complete') {
    await new Promise<void>((resolve) => dom.window.addEventListener('load', () => resolve(), { once: true }));
  }
  return dom;
}

export function domFromBody(bodyHtml: string, url: string): JSDOM {
  return new JSDOM(`<!DOCTYPE html><html><head><title>t</title></head><body>${bodyHtml}</body></html>`, { url, pretendToBeVisual: true });
}

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxHkdLbRwMqCjXsvJtLpQwZbn';
export const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2ZWYtMDACLTAwCgAQAMb4z0qRk1NJvS3DqM2LQ9o%3D';
