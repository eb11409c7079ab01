import { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password';
import { DemoDepartment } from './demo-organisation';

/**
 * The demo sign-ins. Passwords are public on purpose (the start script prints them): the demo
 * seed runs only on a database without an organisation.
 */
export interface DemoAccount {
  email: string;
  password: string;
  role: 'admin' | 'leader' | 'manager';
  name: string;
  /** For a manager: the department whose subtree they see (by name). */
  scope?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = Object.freeze([
  { email: 'hr@demo.expulse.local', password: 'pulse-demo-hr', role: 'admin', name: 'Hanna Rebane (HR)' },
  { email: 'leader@demo.expulse.local', password: 'pulse-demo-leader', role: 'leader', name: 'Lauri Tamm (CEO)' },
  {
    email: 'manager@demo.expulse.local',
    password: 'pulse-demo-manager',
    role: 'manager',
    name: 'Kadri Saar (Customer Support)',
    scope: 'Customer Support',
  },
]);

/** Each demo password hashed once (scrypt is deliberately slow: about 0.3 s each). */
export async function hashDemoPasswords(): Promise<string[]> {
  const hashes: string[] = [];
  for (const account of DEMO_ACCOUNTS) hashes.push(await hashPassword(account.password));
  return hashes;
}

export async function insertDemoAccounts(
  manager: EntityManager,
  departments: readonly DemoDepartment[],
  passwordHashes: readonly string[],
): Promise<void> {
  const scopeId = (account: DemoAccount) => {
    if (!account.scope) return null;
    const department = departments.find((d) => d.name === account.scope);
    if (!department) throw new Error(`Demo account ${account.email}: no department "${account.scope}".`);
    return department.id;
  };
  await manager.query(
    `INSERT INTO app_user (email, name, password_hash, role, scope_department_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[])`,
    [
      DEMO_ACCOUNTS.map((a) => a.email),
      DEMO_ACCOUNTS.map((a) => a.name),
      passwordHashes,
      DEMO_ACCOUNTS.map((a) => a.role),
      DEMO_ACCOUNTS.map(scopeId),
    ],
  );
}
