import { InvitationEmailInput, renderInvitationEmail } from './invitation-email';

const link = 'https://pulse.example.com/s#Q2hvb3NlIGEgdG9rZW4gdGhhdCBpcyA0MyBjaGFyYWN0ZXJz';
const base: InvitationEmailInput = {
  kind: 'invitation',
  language: 'en',
  organisationName: 'Acme',
  programmeName: 'Quarterly pulse',
  link,
  expiresAt: new Date('2026-06-24T21:30:00Z'), // already 25 June in Tallinn
  timeZone: 'Europe/Tallinn',
};
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('renderInvitationEmail', () => {
  it('writes the English invitation: organisation, programme, link once, time, anonymity, closing date', () => {
    const { subject, text, html } = renderInvitationEmail(base);
    expect(subject).toBe('Quarterly pulse – Acme');
    expect(text).toContain('Acme would like to hear how work is going for you (Quarterly pulse).');
    expect(text).toContain('It takes under 30 seconds.');
    expect(occurrences(text, link)).toBe(1);
    expect(text).toContain(
      'Your answer is anonymous: it is stored without your name, and results are shown only for groups of at least 5 people.',
    );
    expect(text).toContain('You can answer until 25 June 2026.');
    expect(text).not.toMatch(/reminder/i);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`href="${link}"`);
    expect(html).toContain('25 June 2026');
  });

  it('writes the English reminder', () => {
    const { subject, text } = renderInvitationEmail({ ...base, kind: 'reminder' });
    expect(subject).toBe('Reminder: Quarterly pulse – Acme');
    expect(text.startsWith('A reminder: Acme would still like to hear')).toBe(true);
    expect(occurrences(text, link)).toBe(1);
  });

  it('writes the Estonian invitation and reminder', () => {
    const et = { ...base, language: 'et' as const, programmeName: 'Kvartaliküsitlus' };
    const invitation = renderInvitationEmail(et);
    expect(invitation.subject).toBe('Kvartaliküsitlus – Acme');
    expect(invitation.text).toContain('Acme soovib teada, kuidas sul tööl läheb (Kvartaliküsitlus).');
    expect(invitation.text).toContain('Vastamine võtab alla 30 sekundi.');
    expect(invitation.text).toContain(
      'Sinu vastus on anonüümne: see salvestatakse ilma sinu nimeta ja tulemusi näidatakse ainult vähemalt 5-liikmeliste gruppide kohta.',
    );
    expect(invitation.text).toContain('Vastata saab kuni 25. juuni 2026.');
    expect(occurrences(invitation.text, link)).toBe(1);
    expect(invitation.text).not.toMatch(/anonymous|under 30 seconds/);
    expect(invitation.html).toContain('<html lang="et">');

    const reminder = renderInvitationEmail({ ...et, kind: 'reminder' });
    expect(reminder.subject).toBe('Meeldetuletus: Kvartaliküsitlus – Acme');
    expect(reminder.text.startsWith('Meeldetuletus: Acme soovib endiselt teada')).toBe(true);
    expect(occurrences(reminder.text, link)).toBe(1);
  });

  it('escapes the organisation and programme names in HTML, and keeps the text as written', () => {
    const { subject, text, html } = renderInvitationEmail({
      ...base,
      organisationName: 'Smith & Sons <b>"Ltd"</b>',
      programmeName: "Pulse <script>alert('x')</script>",
    });
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Smith &amp; Sons &lt;b&gt;&quot;Ltd&quot;&lt;/b&gt;');
    expect(html).toContain('Pulse &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(text).toContain('Smith & Sons <b>"Ltd"</b>');
    expect(subject).toContain('Smith & Sons');
  });

  it('uses inline styles only and loads nothing from elsewhere', () => {
    const { html } = renderInvitationEmail(base);
    expect(html).not.toMatch(/<style|<link|<img|<script|src=|url\(/i);
    expect(html.match(/https?:\/\/[^"\s<]+/g)).toEqual([link]);
  });

  it('keeps a line break in a name out of the subject, and states the configured group size', () => {
    const email = renderInvitationEmail({ ...base, organisationName: 'Acme\r\nBcc: x@example.com', anonymityK: 7 });
    expect(email.subject).toBe('Quarterly pulse – Acme Bcc: x@example.com');
    expect(email.text).toContain('groups of at least 7 people');
  });
});
