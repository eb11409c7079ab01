import { Client } from 'pg';
import { createTestDatabase } from '../support/test-database';

describe('schema', () => {
  it('is created by the migrations, with the anonymity-critical columns absent from response', async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const cols = await client.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'response' ORDER BY column_name`,
    );
    await client.end();
    await db.drop();
    const names = cols.rows.map((r) => r.column_name);
    expect(names).toContain('score');
    expect(names).not.toContain('employee_id');
    expect(names).not.toContain('invitation_id');
    expect(names).not.toContain('created_at');
  });
});
