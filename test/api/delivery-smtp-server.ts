import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/*
 * Test support for the delivery end-to-end tests (delivery*.e2e-spec.ts), not a test itself.
 */

/** A real SMTP server in the test process; keeps what it receives, decoded enough to read. */
export class TestSmtpServer {
  received: { to: string; subject: string; text: string; html: string }[] = [];
  /** When set, every recipient is refused with this reply (a 4xx: try again later). */
  refuse: string | null = null;
  delayMs = 0;
  port = 0;
  private server: SMTPServer | null = null;

  async start(port = this.port): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (_address, _session, done) => {
        if (!this.refuse) return done();
        done(Object.assign(new Error(this.refuse), { responseCode: 451 }));
      },
      onData: (stream, session, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const message = parseMessage(Buffer.concat(chunks).toString('utf8'));
          const to = session.envelope.rcptTo.map((r) => r.address).join(',');
          setTimeout(() => (this.received.push({ to, ...message }), done()), this.delayMs);
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  get running(): boolean {
    return this.server !== null;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string) {
    return this.received.filter((m) => m.to === address);
  }
}

/** Just enough MIME: headers, multipart/alternative, quoted-printable, base64 and encoded words. */
function parseMessage(raw: string): { subject: string; text: string; html: string } {
  const [head, body] = splitHead(raw);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(head)?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  const part = (type: string) => {
    const found = parts.map((p) => splitHead(p.replace(/^\r\n/, ''))).find(([h]) => new RegExp(`content-type:\\s*${type}`, 'i').test(h));
    if (!found) return '';
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(found[0])?.[1].toLowerCase();
    if (encoding === 'base64') return Buffer.from(found[1], 'base64').toString('utf8');
    return encoding === 'quoted-printable' ? decodeQuotedPrintable(found[1].replace(/=\r?\n/g, '')) : found[1];
  };
  const subject = (/^subject:(.*(?:\r\n[ \t].*)*)/im.exec(head)?.[1] ?? '').replace(/\r\n[ \t]/g, ' ');
  const decodedSubject = subject
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?[^?]+\?([QB])\?([^?]*)\?=/gi, (_, kind: string, value: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(value, 'base64').toString('utf8') : decodeQuotedPrintable(value.replace(/_/g, ' ')),
    );
  return { subject: decodedSubject.trim(), text: part('text/plain'), html: part('text/html') };
}

function splitHead(raw: string): [string, string] {
  const at = raw.indexOf('\r\n\r\n');
  return [raw.slice(0, at), raw.slice(at + 4)];
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(value.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
