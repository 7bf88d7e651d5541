/**
 * The gender and number choices of the template language (templates/engine.ts), documented beside
 * the variables: {{#sender …}} picks the text by the user's own form, {{#recipient …}} by the
 * addressee's, {{#party …}} by the party to the contract, {{#together …}} by both together.
 */
import type { Lang } from '../../offboarding/types';
import type { Bilingual } from '../../common/i18n';

const CHOICES: ReadonlyArray<{ syntax: string; explain: Bilingual }> = [
  {
    syntax: '{{#sender m="podjąłem" f="podjęłam" we="podjęliśmy"}}',
    explain: { pl: 'według Twojej formy z profilu (mężczyzna, kobieta, „my” firmy)', en: 'by your form in the profile (a man, a woman, the firm’s “we”)' },
  },
  {
    syntax: '{{#sender one="I" we="we"}}',
    explain: { pl: '„one” zastępuje m i f, gdy brzmią tak samo (też po angielsku)', en: '“one” stands for both m and f when they are the same (English too)' },
  },
  {
    syntax: '{{#recipient pan="otrzymał Pan" pani="otrzymała Pani" panstwo="otrzymali Państwo"}}',
    explain: { pl: 'według formy adresata (Pan, Pani, Państwo)', en: 'by the addressee’s form (Pan, Pani, Państwo)' },
  },
  {
    syntax: '{{#party pan="w Pana imieniu" pani="w Pani imieniu" panstwo="w Państwa imieniu" company="w imieniu Państwa spółki"}}',
    explain: { pl: 'według strony umowy: „company”, gdy klient jest firmą', en: 'by the party to the contract: “company” when the client is a company' },
  },
  {
    syntax: '{{#together m="razem pracowaliśmy" f="razem pracowałyśmy"}}',
    explain: { pl: '„my” nadawcy i adresata razem: „f” tylko gdy kobieta pisze do jednej kobiety', en: 'the “we” of sender and addressee together: “f” only when a woman writes to one woman' },
  },
];

const TITLE: Bilingual = { pl: 'Formy zależne od płci i liczby', en: 'Forms by gender and number' };

export function ChoiceSyntaxHelp({ uiLang, onInsert }: { uiLang: Lang; onInsert: (token: string) => void }) {
  return (
    <div class="template-variables__choices" data-testid="choice-syntax-help">
      <h4>{TITLE[uiLang]}</h4>
      <ul>
        {CHOICES.map(({ syntax, explain }) => (
          <li key={syntax}>
            <button type="button" class="template-variables__insert" onClick={() => onInsert(syntax)}>
              <code>{syntax}</code>
            </button>{' '}
            <span>{explain[uiLang]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
