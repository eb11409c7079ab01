import type { AccountLanguage } from '@ex-pulse/contracts';
import { escapeHtml, RenderedEmail } from '../delivery/invitation-email';
import type { AccountTokenPurpose } from './account-token.entity';

/** Stands in the queued email where the link goes; the delivery worker puts the derived link in as it sends. */
export const ACCOUNT_LINK_PLACEHOLDER = '{{account-link}}';

export interface AccountEmailInput {
  purpose: AccountTokenPurpose;
  language: AccountLanguage;
  organisationName: string;
  recipientName: string;
  /** Who invited (invitations only). */
  inviterName?: string;
  expiresAt: Date;
  timeZone: string;
}

interface Wording {
  subject: (org: string) => string;
  greeting: (name: string) => string;
  body: (org: string, inviter?: string) => string;
  action: string;
  expires: (when: string) => string;
  ignore: string;
}

const EN: Record<AccountTokenPurpose, Wording> = {
  invite: {
    subject: (org) => `You are invited to EX Pulse – ${org}`,
    greeting: (name) => `Hello ${name},`,
    body: (org, inviter) => `${inviter ?? 'HR'} invited you to EX Pulse, ${org}'s employee-experience platform. Set your password to sign in.`,
    action: 'Set your password',
    expires: (when) => `The link works once and until ${when}. If it has expired, ask HR to send a new invitation.`,
    ignore: 'If you did not expect this email, you can ignore it.',
  },
  reset: {
    subject: (org) => `Reset your EX Pulse password – ${org}`,
    greeting: (name) => `Hello ${name},`,
    body: () => 'Someone (hopefully you) asked to reset the password of your EX Pulse account. Choose a new password with the link below.',
    action: 'Choose a new password',
    expires: (when) => `The link works once and until ${when}.`,
    ignore: 'If you did not ask for this, ignore this email: your password stays as it is.',
  },
};

const ET: Record<AccountTokenPurpose, Wording> = {
  invite: {
    subject: (org) => `Sind on kutsutud EX Pulse'i – ${org}`,
    greeting: (name) => `Tere, ${name}!`,
    body: (org, inviter) => `${inviter ?? 'Personaliosakond'} kutsus sind EX Pulse'i, organisatsiooni ${org} töötajakogemuse platvormile. Sisselogimiseks määra endale parool.`,
    action: 'Määra parool',
    expires: (when) => `Link töötab ühe korra ja kuni ${when}. Kui see on aegunud, palu personaliosakonnalt uus kutse.`,
    ignore: 'Kui sa seda kirja ei oodanud, võid selle tähelepanuta jätta.',
  },
  reset: {
    subject: (org) => `EX Pulse'i parooli lähtestamine – ${org}`,
    greeting: (name) => `Tere, ${name}!`,
    body: () => "Keegi (loodetavasti sina) palus lähtestada sinu EX Pulse'i konto parooli. Vali uus parool alloleva lingi kaudu.",
    action: 'Vali uus parool',
    expires: (when) => `Link töötab ühe korra ja kuni ${when}.`,
    ignore: 'Kui sa seda ei palunud, jäta see kiri tähelepanuta: sinu parool jääb samaks.',
  },
};

function when(at: Date, language: AccountLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'et' ? 'et-EE' : 'en-GB', {
    timeZone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(at);
}

/** An invitation or reset email in the recipient's language, with ACCOUNT_LINK_PLACEHOLDER where the link goes. */
export function renderAccountEmail(input: AccountEmailInput): RenderedEmail {
  const w = (input.language === 'et' ? ET : EN)[input.purpose];
  const expires = w.expires(when(input.expiresAt, input.language, input.timeZone));
  const link = ACCOUNT_LINK_PLACEHOLDER;
  const text = [
    w.greeting(input.recipientName), '', w.body(input.organisationName, input.inviterName), '',
    `${w.action}: ${link}`, '', expires, w.ignore,
  ].join('\n');
  const html = [
    `<p>${escapeHtml(w.greeting(input.recipientName))}</p>`,
    `<p>${escapeHtml(w.body(input.organisationName, input.inviterName))}</p>`,
    `<p><a href="${link}" style="display:inline-block;padding:10px 18px;background:#3f51b5;color:#fff;border-radius:4px;text-decoration:none">${escapeHtml(w.action)}</a></p>`,
    `<p style="color:#555">${escapeHtml(expires)}<br>${escapeHtml(w.ignore)}</p>`,
  ].join('\n');
  return { subject: w.subject(input.organisationName), text, html };
}
