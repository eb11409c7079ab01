import type { Language } from '@ex-pulse/contracts';

export type InvitationKind = 'invitation' | 'reminder';
/** What an outbox row is: an employee's invitation or reminder, or a user's weekly digest (digest-email.ts). */
/** 'account': an invitation to an EX Pulse account or a password reset (users/account-mailer.ts). */
export type OutboxKind = InvitationKind | 'digest' | 'account';

export interface InvitationEmailInput {
  kind: InvitationKind;
  language: Language;
  organisationName: string;
  programmeName: string;
  /** The answer link, `${publicUrl}/s#${token}`. */
  link: string;
  /** When the invitation closes; shown as a date in the organisation's time zone. */
  expiresAt: Date;
  timeZone: string;
  /** The smallest group results are shown for (ANONYMITY_K, 5 by default). */
  anonymityK?: number;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

interface Wording {
  subject: string;
  intro: string;
  action: string;
  button: string;
  anonymity: string;
  closes: string;
  thanks: string;
}

function wording(input: InvitationEmailInput, closesOn: string): Wording {
  const { organisationName: org, programmeName: programme, kind } = input;
  const k = input.anonymityK ?? 5;
  if (input.language === 'et') {
    return {
      subject: `${kind === 'reminder' ? 'Meeldetuletus: ' : ''}${programme} – ${org}`,
      intro:
        kind === 'reminder'
          ? `Meeldetuletus: ${org} soovib endiselt teada, kuidas sul tööl läheb (${programme}). Vastamine võtab alla 30 sekundi.`
          : `${org} soovib teada, kuidas sul tööl läheb (${programme}). Vastamine võtab alla 30 sekundi.`,
      action: 'Vasta siin:',
      button: 'Vasta küsitlusele',
      anonymity: `Sinu vastus on anonüümne: see salvestatakse ilma sinu nimeta ja tulemusi näidatakse ainult vähemalt ${k}-liikmeliste gruppide kohta.`,
      closes: `Vastata saab kuni ${closesOn}.`,
      thanks: 'Aitäh!',
    };
  }
  return {
    subject: `${kind === 'reminder' ? 'Reminder: ' : ''}${programme} – ${org}`,
    intro:
      kind === 'reminder'
        ? `A reminder: ${org} would still like to hear how work is going for you (${programme}). It takes under 30 seconds.`
        : `${org} would like to hear how work is going for you (${programme}). It takes under 30 seconds.`,
    action: 'Answer here:',
    button: 'Answer the pulse',
    anonymity: `Your answer is anonymous: it is stored without your name, and results are shown only for groups of at least ${k} people.`,
    closes: `You can answer until ${closesOn}.`,
    thanks: 'Thank you!',
  };
}

/** The closing date as people write it: "24 June 2026" / "24. juuni 2026". */
export function closingDate(expiresAt: Date, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'et' ? 'et-EE' : 'en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(expiresAt);
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The invitation or reminder email, in the employee's language: plain text and HTML (inline styles, nothing external). */
export function renderInvitationEmail(input: InvitationEmailInput): RenderedEmail {
  const w = wording(input, closingDate(input.expiresAt, input.timeZone, input.language));
  const text = [w.intro, '', `${w.action} ${input.link}`, '', w.anonymity, '', w.closes, '', w.thanks, input.organisationName, ''].join(
    '\n',
  );
  const e = escapeHtml;
  const p = 'margin:0 0 16px 0;';
  const html = `<!DOCTYPE html>
<html lang="${input.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(w.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7;">
<div style="max-width:520px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;">
<div style="background:#ffffff;border-radius:8px;padding:24px;">
<p style="${p}">${e(w.intro)}</p>
<p style="${p}"><a href="${e(input.link)}" style="display:inline-block;background:#1a56db;color:#ffffff;text-decoration:none;font-weight:bold;padding:12px 20px;border-radius:6px;">${e(w.button)}</a></p>
<p style="${p}font-size:14px;color:#52606d;">${e(w.anonymity)}</p>
<p style="${p}font-size:14px;color:#52606d;">${e(w.closes)}</p>
<p style="margin:0;">${e(w.thanks)}<br>${e(input.organisationName)}</p>
</div>
</div>
</body>
</html>
`;
  // One line: a name with a line break must not become a header break.
  return { subject: w.subject.replace(/\s+/g, ' ').trim(), text, html };
}
