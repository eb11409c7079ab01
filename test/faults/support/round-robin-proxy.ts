import { createServer, IncomingMessage, request, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A small reverse proxy (node:http) in front of several API instances, as a load balancer without
 * sticky sessions: each request goes to the next instance in turn, with X-Forwarded-For and
 * X-Forwarded-Proto added; `hits` counts the requests each instance got.
 */
export class RoundRobinProxy {
  readonly hits: number[];
  private next = 0;
  private server: Server | null = null;
  port = 0;

  constructor(private readonly upstreams: number[]) {
    this.hits = upstreams.map(() => 0);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(port = 0): Promise<void> {
    this.server = createServer((req, res) => this.forward(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const index = this.next++ % this.upstreams.length;
    this.hits[index]++;
    const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = request(
      {
        host: '127.0.0.1', port: this.upstreams[index], method: req.method, path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'http', 'x-upstream': String(index) },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-upstream': String(index) });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 502, message: 'The instance did not answer.' }));
    });
    req.pipe(upstream);
  }
}
