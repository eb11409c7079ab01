import { addDays } from '@ex-pulse/domain';
import { Random } from './random';
import { DEMO_DEPARTMENTS, DemoDepartmentProfile, DemoLocation } from './demo-departments';
import { nextWorkingDay, previousWorkingDay } from './demo-calendar';
import {
  ENGLISH_FIRST_NAMES, ENGLISH_LAST_NAMES, ESTONIAN_FIRST_NAMES, ESTONIAN_LAST_NAMES, emailLocalPart,
} from './demo-names';

export const DEMO_ORGANISATION_NAME = 'Nordlight Retail';
export const DEMO_TIME_ZONE = 'Europe/Tallinn';
export const DEMO_EMAIL_DOMAIN = 'nordlight.example';

/** Department managers whose names match the demo accounts (cosmetic, the tables do not link them). */
const NAMED_MANAGERS: Readonly<Record<string, [string, string, 'et' | 'en']>> = {
  nordlight: ['Lauri', 'Tamm', 'et'],
  hr: ['Hanna', 'Rebane', 'et'],
  'customer-support': ['Kadri', 'Saar', 'et'],
};

/** People who left in the last year, are working their notice, or start soon (for about 770 people). */
const LEAVERS = 64;
const IN_NOTICE = 13;
const PRE_START = 8;
const HISTORY_DAYS = 4 * 365;

export interface DemoDepartment extends DemoDepartmentProfile {
  id: string;
  parentId: string | null;
}

export type DemoStatus = 'manager' | 'active' | 'notice' | 'departed' | 'pre_start';

export interface DemoEmployee {
  id: string;
  externalId: string;
  name: string;
  workEmail: string;
  personalEmail: string | null;
  department: DemoDepartment;
  managerId: string | null;
  location: DemoLocation;
  language: 'et' | 'en';
  startDate: string;
  noticeDate: string | null;
  endDate: string | null;
  status: DemoStatus;
  /** Personal eNPS offset: some people are simply happier than their colleagues. */
  mood: number;
}

export interface DemoOrganisation {
  departments: DemoDepartment[];
  employees: DemoEmployee[];
}

export function buildDemoOrganisation(rng: Random, today: string): DemoOrganisation {
  const departments: DemoDepartment[] = DEMO_DEPARTMENTS.map((d) => ({ ...d, id: rng.uuid(), parentId: null }));
  const byKey = new Map(departments.map((d) => [d.key, d]));
  for (const d of departments) d.parentId = d.parentKey ? byKey.get(d.parentKey)!.id : null;

  const statuses = assignStatuses(rng, departments);
  const usedEmails = new Set<string>();
  const employees: DemoEmployee[] = [];
  const managerOf = new Map<string, DemoEmployee>();
  for (const [department, status] of statuses) {
    const person = makePerson(rng, department, status, usedEmails, status === 'manager' ? NAMED_MANAGERS[department.key] : undefined);
    const dates = employmentDates(rng, department, status, today);
    const employee: DemoEmployee = { ...person, ...dates, id: rng.uuid(), externalId: '', department, managerId: null, status, mood: rng.normal(0, 10) };
    if (status === 'manager') managerOf.set(department.id, employee);
    employees.push(employee);
  }
  centreMoods(employees);
  for (const e of employees) {
    const reportsTo = e.status === 'manager' ? e.department.parentId : e.department.id;
    e.managerId = reportsTo ? managerOf.get(reportsTo)!.id : null;
  }
  // External ids in hiring order, with the gaps a real HR system leaves.
  let next = 100;
  for (const e of [...employees].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id))) {
    next += rng.int(1, 3);
    e.externalId = `E${String(next).padStart(5, '0')}`;
  }
  return { departments, employees };
}

/** Moods average zero in each department, so a department's eNPS is its profile's. */
function centreMoods(employees: DemoEmployee[]): void {
  const byDepartment = new Map<string, DemoEmployee[]>();
  for (const e of employees) byDepartment.set(e.department.id, [...(byDepartment.get(e.department.id) ?? []), e]);
  for (const members of byDepartment.values()) {
    const mean = members.reduce((sum, e) => sum + e.mood, 0) / members.length;
    for (const e of members) e.mood -= mean;
  }
}

/** One manager per department; leavers, people in notice and future starters among the rest by turnover. */
function assignStatuses(rng: Random, departments: DemoDepartment[]): [DemoDepartment, DemoStatus][] {
  const slots: [DemoDepartment, DemoStatus][] = [];
  for (const d of departments) {
    slots.push([d, 'manager']);
    for (let i = 1; i < d.size; i++) slots.push([d, 'active']);
  }
  const mark = (status: DemoStatus, count: number) => {
    for (let done = 0; done < count; ) {
      const candidates = slots.filter(([, s]) => s === 'active').map((slot) => [slot, slot[0].turnover] as const);
      const slot = rng.weighted(candidates);
      slot[1] = status;
      done++;
    }
  };
  mark('departed', LEAVERS);
  mark('notice', IN_NOTICE);
  mark('pre_start', PRE_START);
  return slots;
}

function makePerson(
  rng: Random,
  department: DemoDepartment,
  status: DemoStatus,
  usedEmails: Set<string>,
  fixed?: [string, string, 'et' | 'en'],
): Pick<DemoEmployee, 'name' | 'workEmail' | 'personalEmail' | 'location' | 'language'> {
  const location = status === 'manager' ? department.locations[0][0] : rng.weighted(department.locations);
  const estonian = fixed ? fixed[2] === 'et' : rng.chance(location === 'Helsinki' ? 0.3 : 0.68);
  const first = fixed?.[0] ?? rng.pick(estonian ? ESTONIAN_FIRST_NAMES : ENGLISH_FIRST_NAMES);
  const last = fixed?.[1] ?? rng.pick(estonian ? ESTONIAN_LAST_NAMES : ENGLISH_LAST_NAMES);
  const language = fixed?.[2] ?? (estonian ? (rng.chance(0.94) ? 'et' : 'en') : 'en');
  const local = emailLocalPart(first, last);
  let candidate = local;
  for (let n = 2; usedEmails.has(candidate); n++) candidate = `${local}${n}`;
  usedEmails.add(candidate);
  const personalEmail = rng.chance(status === 'departed' || status === 'notice' ? 0.5 : 0.13)
    ? `${local}${rng.int(1, 99)}@${rng.pick(['mail.example', 'posti.example', 'inbox.example'])}`
    : null;
  return { name: `${first} ${last}`, workEmail: `${candidate}@${DEMO_EMAIL_DOMAIN}`, personalEmail, location, language };
}

function employmentDates(
  rng: Random,
  department: DemoDepartment,
  status: DemoStatus,
  today: string,
): Pick<DemoEmployee, 'startDate' | 'noticeDate' | 'endDate'> {
  const startBefore = (days: number) => previousWorkingDay(addDays(today, -days));
  switch (status) {
    case 'manager':
      return { startDate: startBefore(rng.int(700, HISTORY_DAYS)), noticeDate: null, endDate: null };
    case 'pre_start':
      return { startDate: nextWorkingDay(addDays(today, rng.int(3, 30))), noticeDate: null, endDate: null };
    case 'notice': {
      const noticeDate = previousWorkingDay(addDays(today, -rng.int(1, 20)));
      const startDate = startBefore(rng.int(200, HISTORY_DAYS - 30));
      return { startDate, noticeDate, endDate: addDays(today, rng.int(3, 35)) };
    }
    case 'departed': {
      const endDate = previousWorkingDay(addDays(today, -rng.int(5, 355)));
      const noticeDate = previousWorkingDay(addDays(endDate, -rng.int(14, 45)));
      const earliest = addDays(today, -HISTORY_DAYS);
      let startDate = nextWorkingDay(addDays(noticeDate, -rng.int(45, 1300)));
      if (startDate < earliest) startDate = nextWorkingDay(addDays(earliest, rng.int(0, 90)));
      return { startDate, noticeDate, endDate };
    }
    case 'active': {
      // More recent hires where turnover is higher: onboarding and initial development today.
      const r = rng.next();
      const tenure = r < 0.07 * department.turnover ? rng.int(0, 89)
        : r < 0.2 * department.turnover ? rng.int(90, 269)
        : rng.int(270, HISTORY_DAYS);
      return { startDate: startBefore(tenure), noticeDate: null, endDate: null };
    }
  }
}
