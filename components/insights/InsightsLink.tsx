/** The link to the insights page, for the popup and the options page (the page sits beside options.html). */
import type { Lang } from '../../offboarding/types';
import type { Navigator } from '../../common/navigator';
import { translator } from '../../common/i18n';
import { insightsMessages } from './messages';

export function insightsPageUrl(nav: Navigator): string {
  return new URL('insights.html', nav.optionsPageUrl()).href;
}

export function InsightsLink({ nav, lang, className }: { nav: Navigator; lang: Lang; className?: string }) {
  return (
    <button type="button" class={className} data-testid="open-insights" onClick={() => nav.openUrl(insightsPageUrl(nav))}>
      {translator(insightsMessages, lang)('link')}
    </button>
  );
}
