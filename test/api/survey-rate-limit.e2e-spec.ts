import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../support/test-app';

describe('answer-link endpoints: a generous limit per client address', () => {
  let t: TestApp;
  const unknown = 'A'.repeat(43);

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: '1', SURVEY_MAX_REQUESTS_PER_MINUTE: '5' } });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After once an address used its requests of the minute, views and answers together', async () => {
    const from = (address: string) => ({ 'X-Forwarded-For': address });
    for (let i = 0; i < 3; i++) await t.http.post('/api/survey/view').set(from('203.0.113.7')).send({ token: unknown }).expect(404);
    for (let i = 0; i < 2; i++) {
      await t.http.post('/api/survey/answer').set(from('203.0.113.7'))
        .send({ token: unknown, submissionId: randomUUID(), score: 9 }).expect(404);
    }
    const limited = await t.http.post('/api/survey/view').set(from('203.0.113.7')).send({ token: unknown }).expect(429);
    expect(limited.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many survey requests from your network (5 a minute). Wait a minute and try again.',
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    await t.http.post('/api/survey/answer').set(from('203.0.113.7'))
      .send({ token: unknown, submissionId: randomUUID(), score: 9 }).expect(429);
    // Another address is not affected.
    await t.http.post('/api/survey/view').set(from('203.0.113.8')).send({ token: unknown }).expect(404);
  });
});
