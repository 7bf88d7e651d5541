/**
 * The note beside a termination agreement when a notice was already given: whether it has taken
 * effect, when the contract ends under it, and that an agreement is only for another end date.
 * Said to the user, not a clause of the agreement.
 */
import { contractRoles, date } from './context';
import { periodInWords } from './period-words';
import type { Contract, Lang, NoticeRecord } from '../offboarding/types';
import { endFromDelivery, noticeDelivery } from '../offboarding/notice';

export function noticeGivenReason(notice: NoticeRecord, contract: Contract, lang: Lang): string {
  return noticeGivenText(notice, contract, lang).replace(/ r\.\./g, ' r.');
}

function noticeGivenText(notice: NoticeRecord, contract: Contract, lang: Lang): string {
  const delivery = noticeDelivery(notice);
  const ours = notice.servedBy === 'we';
  // The client's e-mail in the user's mailbox is received; our own e-mail or letter is received when the record says so.
  const received = delivery.status === 'recorded' && (!ours || !delivery.fromSending);
  const period = periodInWords(contract.noticePeriod, lang);
  const endsOn = date(endFromDelivery(contract, delivery.on), lang);
  const served = date(notice.servedOn, lang);
  const on = date(delivery.on, lang);
  if (lang === 'pl') {
    const roles = contractRoles(contract.type, 'pl');
    // The end-of-month rule said where the contract has it: one month from 13 March is 13 April, and
    // 30 April follows only from that rule (review11 PL C5).
    const eom = contract.endOfMonth ? ', ze skutkiem na koniec miesiąca kalendarzowego' : '';
    const end = period
      ? `umowa rozwiąże się z upływem okresu wypowiedzenia wynoszącego ${period}${eom}, według naszych obliczeń z upływem dnia ${endsOn}`
      // An empty period is one nobody entered (issue 12): no end on delivery is stated.
      : 'okresu wypowiedzenia brak w danych, więc datę rozwiązania umowy trzeba ustalić według umowy';
    const agreement = ' Porozumienie sporządź tylko wtedy, gdy strony chcą ustalić inną datę zakończenia umowy niż wynikająca z wypowiedzenia.';
    const conditional = period ? `umowa rozwiąże się z upływem okresu wypowiedzenia wynoszącego ${period}${eom}, a przy doręczeniu w dniu ${on} – według naszych obliczeń z upływem dnia ${endsOn}` : end;
    if (!ours) {
      return received
        ? `${roles.client.nom} wypowiedział umowę oświadczeniem z dnia ${served}, doręczonym ${on === served ? 'tego samego dnia' : `w dniu ${on}`}. Wypowiedzenie jest skuteczne i nie można go już jednostronnie odwołać; ${end}.${agreement}`
        : `${roles.client.nom} wypowiedział umowę oświadczeniem z dnia ${served}. Wypowiedzenie staje się skuteczne z chwilą doręczenia; ${conditional}.${agreement}`;
    }
    if (!received) {
      const when = conditional;
      return `Wypowiedzenie z dnia ${served} zostało wysłane. Dopóki nie dotrze do ${roles.client.gen}, możesz je odwołać bez jego zgody – odwołanie musi dotrzeć najpóźniej razem z wypowiedzeniem (art. 61 § 1 zd. 2 k.c.). Po doręczeniu wypowiedzenie staje się skuteczne i nie można go już jednostronnie odwołać; ${when}.${agreement}`;
    }
    return `Wypowiedzenie z dnia ${served} doręczono w dniu ${on}; jest skuteczne i nie można go już jednostronnie odwołać, a ${end}.${agreement}`;
  }
  const expiry = contract.endOfMonth ? `at the end of the calendar month in which the notice period of ${period} expires` : `when the notice period of ${period} expires`;
  const end = period ? `the contract ends ${expiry}: on our calculation, on ${endsOn}` : 'no notice period is recorded, so check the end date against the agreement';
  const agreement = ' Draw up a termination agreement only if both parties want a different end date.';
  if (!ours) {
    return received
      ? `The Client's notice of ${served} was received ${on === served ? 'the same day' : `on ${on}`}. It can no longer be withdrawn unilaterally, and ${end}.${agreement}`
      : `The Client gave notice on ${served}. Once it has been received, it cannot be withdrawn unilaterally; ${period ? `the contract ends ${expiry}: on our calculation, on ${endsOn} if it is received on ${on}` : end}.${agreement}`;
  }
  if (!received) {
    return `The notice of ${served} has been sent. Once it has been received, it cannot be withdrawn unilaterally; ${period ? `the contract ends ${expiry}: on our calculation, on ${endsOn} if it is received on ${on}` : end}.${agreement}`;
  }
  return `The notice of ${served} was received on ${on} and has taken effect: it can no longer be withdrawn unilaterally, and ${end}.${agreement}`;
}
