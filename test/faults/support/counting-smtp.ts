import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** An SMTP server that counts what it accepts per recipient, and can refuse a message as it arrives (the test kills the sender then). */
export class CountingSmtp {
  readonly accepted = new Map<string, number>();
  /** Called with the number of the message arriving, before it is accepted; true: refuse it (the sender is gone). */
  onArrival: (n: number) => boolean = () => false;
  port = 0;
  arrivals = 0;
  private server: SMTPServer | null = null;

  /** `delayMs`: the time each message takes, as a real server takes some. */
  constructor(private readonly delayMs: number) {}

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData: (stream, session, done) => {
        stream.resume();
        stream.on('end', () => {
          if (this.onArrival(++this.arrivals)) return done(new Error('The sender went away'));
          setTimeout(() => {
            for (const r of session.envelope.rcptTo) this.accepted.set(r.address, (this.accepted.get(r.address) ?? 0) + 1);
            done();
          }, this.delayMs);
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
