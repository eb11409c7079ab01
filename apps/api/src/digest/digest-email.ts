import type { Language, WithheldReason } from '@ex-pulse/contracts';
import { escapeHtml, RenderedEmail } from '../delivery/invitation-email';
import { DigestContent, DigestUnit, nothingNew } from './digest-content';

interface Wording {
  subject: (org: string, day: string) => string;
  greeting: (name: string) => string;
  intro: (quarter: string, previous: string) => string;
  units: string;
  organisation: (org: string) => string;
  figure: (u: DigestUnit) => string;
  rate: (rate: number | null) => string;
  indicative: string;
  moved: (delta: number, previous: string) => string;
  steady: (previous: string) => string;
  withheld: (reason: WithheldReason, k: number) => string;
  comments: string;
  commentsWithheld: (commentK: number) => string;
  newComments: (n: number) => string;
  worthSharing: string;
  followUps: (open: number, overdue: number) => string;
  actions: (overdue: number) => string;
  nothingNew: string;
  open: string;
  anonymity: (k: number, commentK: number) => string;
  settings: string;
}

const signed = (x: number) => (x > 0 ? `+${x}` : x < 0 ? `−${-x}` : '0');
const percent = (rate: number) => `${Math.round(rate * 100)}%`;

const EN: Wording = {
  subject: (org, day) => `Your weekly EX Pulse digest, ${day} – ${org}`,
  greeting: (name) => `Hello ${name},`,
  intro: (q, p) => `here is what changed in your part of the organisation. Figures are for ${q} so far, compared with ${p}, as the dashboard shows them.`,
  units: 'eNPS by unit',
  organisation: (org) => `${org} (all of it)`,
  figure: (u) => `eNPS ${signed(u.enps!)} (95% interval ${signed(u.ciLow!)} to ${signed(u.ciHigh!)}, n = ${u.n})`,
  rate: (r) => (r === null ? 'response rate not known' : `response rate ${percent(r)}`),
  indicative: 'indicative: fewer than 50 responses',
  moved: (d, p) => `significant ${d > 0 ? 'rise' : 'fall'} of ${signed(d)} points since ${p}`,
  steady: (p) => `no significant change since ${p}`,
  withheld: (reason, k) =>
    reason === 'too_few'
      ? `withheld: fewer than ${k} responses`
      : `withheld: showing it would reveal a group smaller than ${k} by subtraction`,
  comments: 'Comments',
  commentsWithheld: (ck) => `No comment list is shown for this quarter yet: a list needs at least ${ck} responses behind it.`,
  newComments: (n) => (n === 1 ? '1 new comment in your lists since last week.' : `${n} new comments in your lists since last week.`),
  worthSharing: 'Worth sharing with the team:',
  followUps: (open, overdue) => `Follow-up: ${open} open item${open === 1 ? '' : 's'}, ${overdue} overdue.`,
  actions: (n) => `Action plans: ${n} overdue action${n === 1 ? '' : 's'}.`,
  nothingNew: 'Nothing new this week: no new comments, and the figures are as they were last week.',
  open: 'Open',
  anonymity: (k, ck) => `Nothing here is about a group of fewer than ${k} people; comments only where ${ck} or more answered.`,
  settings: 'To turn this digest off, open the menu under your name at the top of EX Pulse:',
};

const ET: Wording = {
  subject: (org, day) => `Sinu iganädalane EX Pulse'i kokkuvõte, ${day} – ${org}`,
  greeting: (name) => `Tere, ${name}!`,
  intro: (q, p) => `Siin on, mis sinu osas organisatsioonist muutus. Näitajad on ${q} seni, võrrelduna perioodiga ${p}, nii nagu neid näitab töölaud.`,
  units: 'eNPS üksuste kaupa',
  organisation: (org) => `${org} (kogu organisatsioon)`,
  figure: (u) => `eNPS ${signed(u.enps!)} (95% usaldusvahemik ${signed(u.ciLow!)} kuni ${signed(u.ciHigh!)}, n = ${u.n})`,
  rate: (r) => (r === null ? 'vastamismäär teadmata' : `vastamismäär ${percent(r)}`),
  indicative: 'suunda näitav: alla 50 vastuse',
  moved: (d, p) => `oluline ${d > 0 ? 'tõus' : 'langus'} ${signed(d)} punkti võrreldes perioodiga ${p}`,
  steady: (p) => `olulist muutust võrreldes perioodiga ${p} ei ole`,
  withheld: (reason, k) =>
    reason === 'too_few'
      ? `varjatud: alla ${k} vastuse`
      : `varjatud: selle näitamine paljastaks lahutamise teel alla ${k}-liikmelise grupi`,
  comments: 'Kommentaarid',
  commentsWithheld: (ck) => `Selle kvartali kommentaare veel ei näidata: loendi taga peab olema vähemalt ${ck} vastust.`,
  newComments: (n) => (n === 1 ? 'Eelmisest nädalast on sinu loendites 1 uus kommentaar.' : `Eelmisest nädalast on sinu loendites ${n} uut kommentaari.`),
  worthSharing: 'Tasub meeskonnaga jagada:',
  followUps: (open, overdue) => `Järeltegevused: ${open} avatud, neist ${overdue} tähtaja ületanud.`,
  actions: (n) => `Tegevuskavad: ${n} tähtaja ületanud tegevust.`,
  nothingNew: 'Sel nädalal uut ei ole: uusi kommentaare pole ja näitajad on samad mis eelmisel nädalal.',
  open: 'Ava',
  anonymity: (k, ck) => `Siin ei ole midagi alla ${k}-liikmelise grupi kohta; kommentaare ainult seal, kus vastas vähemalt ${ck} inimest.`,
  settings: "Kokkuvõtte saad välja lülitada EX Pulse'i ülaribal oma nime all olevas menüüs:",
};

const WORDING: Record<Language, Wording> = { en: EN, et: ET };

/** The day as people write it: "15 June 2026" / "15. juuni 2026". */
function dayOf(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'et' ? 'et-EE' : 'en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' })
    .format(new Date(`${date}T12:00:00Z`));
}

/** One line per unit: its figure with n and interval, response rate and move; or withheld, and why. */
function unitLine(w: Wording, c: DigestContent, u: DigestUnit): { label: string; detail: string } {
  const label = u.reference && !u.label ? w.organisation(c.organisationName) : u.label;
  if (u.withheld) return { label, detail: w.withheld(u.withheld, c.k) };
  if (u.enps === null) return { label, detail: `${w.rate(u.responseRate)}` };
  const parts = [w.figure(u), w.rate(u.responseRate)];
  if (u.indicative) parts.push(w.indicative);
  parts.push(u.change?.significant ? w.moved(u.change.delta, c.previousQuarter) : w.steady(c.previousQuarter));
  return { label, detail: parts.join('; ') };
}

/** The weekly digest in the recipient's language: plain text and HTML (inline styles, nothing external, every text escaped). */
export function renderDigestEmail(c: DigestContent): RenderedEmail {
  const w = WORDING[c.language];
  const subject = w.subject(c.organisationName, dayOf(c.week, c.language)).replace(/\s+/g, ' ').trim();
  const units = c.units.map((u) => unitLine(w, c, u));
  const commentLines = c.comments.withheld && c.comments.newCount === 0 ? [w.commentsWithheld(c.commentK)] : [w.newComments(c.comments.newCount)];
  const quiet = nothingNew(c);
  const text = [
    w.greeting(c.recipientName),
    w.intro(c.quarter, c.previousQuarter),
    '',
    ...(quiet ? [w.nothingNew, ''] : []),
    `${w.units}:`,
    ...units.map((u) => `- ${u.label}: ${u.detail}`),
    `${w.open}: ${c.links.dashboard}`,
    '',
    `${w.comments}:`,
    ...commentLines,
    ...c.comments.texts.map((t) => `- “${t}”`),
    ...(c.comments.positive.length ? [w.worthSharing, ...c.comments.positive.map((t) => `- “${t}”`)] : []),
    `${w.open}: ${c.links.comments}`,
    '',
    w.followUps(c.followUps.open, c.followUps.overdue),
    `${w.open}: ${c.links.followUp}`,
    w.actions(c.overdueActions),
    `${w.open}: ${c.links.plans}`,
    '',
    w.anonymity(c.k, c.commentK),
    `${w.settings} ${c.links.settings}`,
    '',
  ].join('\n');

  const e = escapeHtml;
  const p = 'margin:0 0 12px 0;';
  const small = `${p}font-size:14px;color:#52606d;`;
  const link = (href: string, label: string) => `<a href="${e(href)}" style="color:#1a56db;">${e(label)}</a>`;
  const list = (items: string[]) => (items.length ? `<ul style="${p}padding-left:20px;">${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '');
  const html = `<!DOCTYPE html>
<html lang="${c.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7;">
<div style="max-width:600px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;">
<div style="background:#ffffff;border-radius:8px;padding:24px;">
<p style="${p}">${e(w.greeting(c.recipientName))}</p>
<p style="${p}">${e(w.intro(c.quarter, c.previousQuarter))}</p>
${quiet ? `<p style="${p}font-weight:bold;">${e(w.nothingNew)}</p>` : ''}
<h2 style="font-size:18px;margin:16px 0 8px 0;">${e(w.units)}</h2>
${list(units.map((u) => `<strong>${e(u.label)}</strong>: ${e(u.detail)}`))}
<p style="${p}">${link(c.links.dashboard, w.open)}</p>
<h2 style="font-size:18px;margin:16px 0 8px 0;">${e(w.comments)}</h2>
${commentLines.map((l) => `<p style="${p}">${e(l)}</p>`).join('')}
${list(c.comments.texts.map((t) => `“${e(t)}”`))}
${c.comments.positive.length ? `<p style="${p}">${e(w.worthSharing)}</p>${list(c.comments.positive.map((t) => `“${e(t)}”`))}` : ''}
<p style="${p}">${link(c.links.comments, w.open)}</p>
<p style="${p}">${e(w.followUps(c.followUps.open, c.followUps.overdue))} ${link(c.links.followUp, w.open)}</p>
<p style="${p}">${e(w.actions(c.overdueActions))} ${link(c.links.plans, w.open)}</p>
<p style="${small}">${e(w.anonymity(c.k, c.commentK))}</p>
<p style="${small}">${e(w.settings)} ${link(c.links.settings, c.links.settings)}</p>
</div>
</div>
</body>
</html>
`;
  return { subject, text, html };
}
