export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __EXPULSE_PG__?: { stop(): Promise<void> } }).__EXPULSE_PG__;
  if (pg) await pg.stop();
}
