/**
 * The conversation plan (templates/conversation-plan.ts) in the sidebar: in the client's language
 * (or the other one), copyable, and printable as one page. Printing uses the browser's own print
 * of this frame with a print stylesheet that shows the plan alone (sidebar.css): the plan is notes
 * for the user, plain text on one page, so it needs neither a PDF nor embedded fonts.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Client, Lang, Offboarding } from '../../offboarding/types';
import { buildConversationPlan, planToText } from '../../templates/conversation-plan';
import { Alert, Button, Segmented } from '../ui/controls';
import { useSidebar } from './context';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function ConversationPlanView({ client, offboarding }: { client: Client; offboarding: Offboarding }) {
  const { t, model } = useSidebar();
  const [lang, setLang] = useState<Lang>(client.language);
  const plan = useMemo(() => buildConversationPlan({ client, offboarding, lang }), [client, offboarding, lang]);
  const copy = () => {
    const text = planToText(plan);
    const html = text
      .split('\n')
      .map((line) => (line === '' ? '' : `<p>${escapeHtml(line)}</p>`))
      .join('');
    void model.copyPlan({ text, html });
  };
  return (
    <div class="sb-plan" data-testid="conversation-plan" lang={lang}>
      <div class="sb-plan__tools">
        <Segmented legend={t('planLanguage')} value={lang} options={[{ value: 'pl', label: t('langPl') }, { value: 'en', label: t('langEn') }]} onChange={setLang} />
      </div>
      <h3 class="sb-plan__title">{plan.title}</h3>
      {plan.sections.map((section) => (
        <section key={section.id} class="sb-plan__section" data-testid="plan-section" data-section={section.id}>
          <h4 class="sb-plan__heading">{section.heading}</h4>
          <ul class="sb-plan__lines">
            {section.lines.map((line, i) => (
              <li key={i} class={/^ {3}–/.test(line) ? 'sb-plan__sub' : undefined}>{line.replace(/^ {3}– /, '')}</li>
            ))}
          </ul>
        </section>
      ))}
      {plan.missing.length > 0 ? (
        <Alert tone="info" testId="plan-missing">{t('planMissing', { list: plan.missing.join('; ') })}</Alert>
      ) : null}
      <div class="sb-actions sb-plan__tools">
        <Button onClick={copy} data-testid="copy-plan">{t('planCopy')}</Button>
        <Button onClick={() => window.print()} data-testid="print-plan">{t('planPrint')}</Button>
      </div>
    </div>
  );
}
