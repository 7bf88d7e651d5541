/**
 * The testimonials a client allowed to publish, ready for a website: consent "yes" with the credit
 * the author asked for, or "only anonymously" with no name at all. Consent "no" never leaves here.
 */
import type { Client, Offboarding, TestimonialPlacement } from './types';

export interface PublishableTestimonial {
  text: string;
  /** The credit as the author asked for it; null when published anonymously. */
  credit: string | null;
  anonymous: boolean;
  placements: TestimonialPlacement[];
  givenOn: string;
  /** The client's language, so a site can show each testimonial on its own language's page; null if the client is gone. */
  language: Client['language'] | null;
}

export function publishableTestimonials(clients: readonly Pick<Client, 'id' | 'language'>[], offboardings: readonly Offboarding[]): PublishableTestimonial[] {
  const languageOf = new Map(clients.map((client) => [client.id, client.language]));
  const out: PublishableTestimonial[] = [];
  for (const ob of offboardings) {
    for (const t of ob.testimonials ?? []) {
      if (t.consent === 'no') continue;
      const credit = t.consent === 'yes' ? (t.credit ?? '').trim() : '';
      // Consent with a name but no name given: not publishable until the credit is filled in.
      if (t.consent === 'yes' && credit === '') continue;
      out.push({
        text: t.text,
        credit: t.consent === 'yes' ? credit : null,
        anonymous: t.consent === 'anonymous',
        placements: [...t.placements],
        givenOn: t.givenOn,
        language: languageOf.get(ob.clientId) ?? null,
      });
    }
  }
  return out.sort((a, b) => b.givenOn.localeCompare(a.givenOn));
}
