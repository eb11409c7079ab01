import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadAppSecret } from './common/app-secret';
import { isoDateInZone } from './common/clock';
import { AppConfig, loadAppConfig } from './config/app-config';
import { openDatabase } from './database/data-source';
import { AnswerLinks } from './responses/answer-token';
import { DEMO_ACCOUNTS } from './seed/demo-accounts';
import { issueDemoAnswerLinks, seedDemo } from './seed/seed-demo';
import { DemoTeam, issueDemoTeam } from './seed/demo-team';
import { startServer, stopOnSignals } from './server';

const logger = new Logger('EX Pulse');
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const config = loadAppConfig();
  let demo: DemoStart = { links: [], team: null };
  const server = await startServer(config, {
    say,
    prepare: async (databaseUrl) => {
      demo = await prepareDatabase(databaseUrl, config);
    },
  });
  stopOnSignals(server, config.shutdownGraceSeconds, say);
  printWelcome(config, demo);
}

interface DemoStart {
  links: string[];
  team: DemoTeam | null;
}

/** Migrations always; the demo organisation on first start, and open demo answer links (and the manager's team) each start. */
async function prepareDatabase(databaseUrl: string, config: AppConfig): Promise<DemoStart> {
  const dataSource = await openDatabase(databaseUrl);
  try {
    if (!config.seedDemo) return { links: [], team: null };
    const today = isoDateInZone(new Date(), 'Europe/Tallinn');
    const seeded = await seedDemo(dataSource, today);
    if (seeded.seeded) say(`Seeded the demo organisation: ${seeded.employees} employees, ${seeded.responses} responses.`);
    const secret = loadAppSecret(config);
    const links = await issueDemoAnswerLinks(dataSource, new AnswerLinks(secret), today, 3);
    return { links, team: await issueDemoTeam(dataSource, secret, today) };
  } finally {
    await dataSource.destroy();
  }
}

function printWelcome(config: AppConfig, { links: demoLinks, team }: DemoStart): void {
  const lines = [
    '',
    `  EX Pulse is running at ${config.publicUrl}`,
    `  API documentation: ${config.publicUrl}/api/docs`,
  ];
  if (config.seedDemo) {
    const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
    lines.push('', `  Demo HR admin: ${admin.email} / ${admin.password}`);
    for (const account of DEMO_ACCOUNTS.filter((a) => a.role !== 'admin')) {
      lines.push(`  Demo ${account.role}: ${account.email} / ${account.password}`);
    }
    lines.push('', '  Answer a pulse as an employee (open demo invitations):');
    for (const token of demoLinks) lines.push(`    ${config.publicUrl}/s#${token}`);
    if (team) {
      lines.push(
        '', `  Close the loop in the demo manager's unit (${team.unit}):`,
        `    a detractor's private conversation (reply from the follow-up queue): ${config.publicUrl}/c#${team.conversationSecret}`,
        `    the next pulse of an employee there ("you said, we did"): ${config.publicUrl}/s#${team.answerToken}`,
      );
    }
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  logger.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
