/**
 * The demo department tree of Nordlight Retail, with the profile that drives the generated
 * people and scores (size, baseline eNPS, staff turnover, response rate, locations).
 */

export type DemoLocation = 'Tallinn' | 'Tartu' | 'Helsinki';

export const DEMO_LOCATIONS: readonly DemoLocation[] = ['Tallinn', 'Tartu', 'Helsinki'];

export interface DemoDepartmentProfile {
  key: string;
  name: string;
  parentKey: string | null;
  customerFacing: boolean;
  internalProvider: boolean;
  /** Everyone who has worked there in the demo (including leavers and future starters). */
  size: number;
  /** eNPS of people in ongoing development, before the month-to-month wander. */
  baseEnps: number;
  /** Relative staff turnover: more recent hires and more leavers when higher. */
  turnover: number;
  /** Share of invitations answered. */
  responseRate: number;
  locations: readonly (readonly [DemoLocation, number])[];
  /** eNPS points added per month over the last `trendMonths` months (Support improves). */
  trendPerMonth?: number;
  trendMonths?: number;
}

const TALLINN: readonly (readonly [DemoLocation, number])[] = [['Tallinn', 1]];
const MIXED: readonly (readonly [DemoLocation, number])[] = [['Tallinn', 6], ['Tartu', 3], ['Helsinki', 1]];

export const DEMO_DEPARTMENTS: readonly DemoDepartmentProfile[] = [
  dept('nordlight', 'Nordlight', null, 4, 30, 0.4, 0.8, TALLINN),
  dept('customer-operations', 'Customer Operations', 'nordlight', 3, 20, 0.5, 0.75, TALLINN),
  {
    ...dept('customer-support', 'Customer Support', 'customer-operations', 86, -29, 1.6, 0.6, MIXED),
    customerFacing: true,
    trendPerMonth: 8,
    trendMonths: 4,
  },
  dept('stores', 'Stores', 'customer-operations', 3, 15, 0.5, 0.75, [['Tallinn', 2], ['Tartu', 1]]),
  { ...dept('tallinn-store', 'Tallinn Store', 'stores', 70, 4, 1.5, 0.62, TALLINN), customerFacing: true },
  { ...dept('tartu-store', 'Tartu Store', 'stores', 42, -19, 1.5, 0.6, [['Tartu', 1]]), customerFacing: true },
  { ...dept('sales', 'Sales', 'customer-operations', 36, 10, 1.1, 0.66, [['Tallinn', 7], ['Tartu', 2], ['Helsinki', 2]]), customerFacing: true },
  dept('technology', 'Technology', 'nordlight', 3, 30, 0.5, 0.8, TALLINN),
  {
    ...dept('it-services', 'IT Services', 'technology', 24, 12, 0.8, 0.7, [['Tallinn', 4], ['Tartu', 1], ['Helsinki', 1]]),
    internalProvider: true,
  },
  dept('product-engineering', 'Product Engineering', 'technology', 58, 34, 0.9, 0.75, [['Tallinn', 5], ['Tartu', 3], ['Helsinki', 3]]),
  dept('people-finance', 'People & Finance', 'nordlight', 2, 25, 0.4, 0.8, TALLINN),
  { ...dept('hr', 'HR', 'people-finance', 10, 35, 0.7, 0.8, [['Tallinn', 4], ['Tartu', 1]]), internalProvider: true },
  { ...dept('finance', 'Finance', 'people-finance', 16, 12, 0.6, 0.72, TALLINN), internalProvider: true },
];

function dept(
  key: string,
  name: string,
  parentKey: string | null,
  size: number,
  baseEnps: number,
  turnover: number,
  responseRate: number,
  locations: readonly (readonly [DemoLocation, number])[],
): DemoDepartmentProfile {
  return { key, name, parentKey, customerFacing: false, internalProvider: false, size, baseEnps, turnover, responseRate, locations };
}

export function demoDepartment(key: string): DemoDepartmentProfile {
  const found = DEMO_DEPARTMENTS.find((d) => d.key === key);
  if (!found) throw new Error(`No demo department "${key}".`);
  return found;
}

/** The demo customer-NPS profile of each customer-facing department: level and monthly volume. */
export const DEMO_CUSTOMER_PROFILES: Readonly<Record<string, { baseNps: number; minAnswers: number; maxAnswers: number }>> = {
  'customer-support': { baseNps: 12, minAnswers: 180, maxAnswers: 320 },
  'tallinn-store': { baseNps: 42, minAnswers: 260, maxAnswers: 400 },
  'tartu-store': { baseNps: 28, minAnswers: 120, maxAnswers: 220 },
  sales: { baseNps: 30, minAnswers: 80, maxAnswers: 150 },
};
