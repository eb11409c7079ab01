/**
 * The demo department tree of Nordlight Retail, with the profile that drives the generated
 * people and scores (size, baseline eNPS, staff turnover, response rate, locations).
 */

export type DemoLocation = 'Tallinn' | 'Tartu' | 'Helsinki' | 'Pärnu' | 'Narva' | 'Viljandi' | 'Rakvere' | 'Haapsalu';

export const DEMO_LOCATIONS: readonly DemoLocation[] = ['Tallinn', 'Tartu', 'Helsinki', 'Pärnu', 'Narva', 'Viljandi', 'Rakvere', 'Haapsalu'];

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

/**
 * Twelve customer-facing units (eight stores, Customer Support, Sales, Business Sales and the
 * Online Store), each with 40–90 people, so that most of their months have eight or more
 * answers and the employee–customer linkage has enough units and unit-months to show.
 * Units differ on both sides: Viljandi and Pärnu are happy on both, Narva and Tartu low on
 * both, Rakvere's people are content while its customers are not, and the Helsinki Store's
 * customers are happier than its people (see DEMO_CUSTOMER_PROFILES).
 */
export const DEMO_DEPARTMENTS: readonly DemoDepartmentProfile[] = [
  dept('nordlight', 'Nordlight', null, 4, 30, 0.4, 0.8, TALLINN),
  dept('customer-operations', 'Customer Operations', 'nordlight', 2, 20, 0.5, 0.75, TALLINN),
  {
    ...dept('customer-support', 'Customer Support', 'customer-operations', 86, -29, 1.6, 0.6, MIXED),
    customerFacing: true,
    trendPerMonth: 8,
    trendMonths: 4,
  },
  dept('stores', 'Stores', 'customer-operations', 2, 15, 0.5, 0.75, [['Tallinn', 2], ['Tartu', 1]]),
  store('tallinn-store', 'Tallinn Store', 70, 4, 1.5, 0.62, TALLINN),
  store('tartu-store', 'Tartu Store', 54, -19, 1.5, 0.6, [['Tartu', 1]]),
  store('parnu-store', 'Pärnu Store', 52, 22, 1.2, 0.66, [['Pärnu', 1]]),
  store('narva-store', 'Narva Store', 52, -10, 1.4, 0.62, [['Narva', 1]]),
  store('viljandi-store', 'Viljandi Store', 46, 30, 1.0, 0.68, [['Viljandi', 1]]),
  store('rakvere-store', 'Rakvere Store', 48, 16, 1.2, 0.64, [['Rakvere', 1]]),
  store('helsinki-store', 'Helsinki Store', 52, -8, 1.5, 0.62, [['Helsinki', 1]]),
  store('haapsalu-store', 'Haapsalu Store', 44, 8, 1.1, 0.66, [['Haapsalu', 1]]),
  { ...dept('sales', 'Sales', 'customer-operations', 50, 10, 1.1, 0.66, [['Tallinn', 7], ['Tartu', 2], ['Helsinki', 2]]), customerFacing: true },
  {
    ...dept('business-sales', 'Business Sales', 'customer-operations', 44, 20, 0.9, 0.68, [['Tallinn', 3], ['Helsinki', 1]]),
    customerFacing: true,
  },
  { ...dept('online-store', 'Online Store', 'customer-operations', 48, 12, 1.1, 0.64, [['Tallinn', 3], ['Tartu', 1]]), customerFacing: true },
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

/** A customer-facing store under Stores. */
function store(
  key: string,
  name: string,
  size: number,
  baseEnps: number,
  turnover: number,
  responseRate: number,
  locations: readonly (readonly [DemoLocation, number])[],
): DemoDepartmentProfile {
  return { ...dept(key, name, 'stores', size, baseEnps, turnover, responseRate, locations), customerFacing: true };
}

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

/**
 * The demo customer profile of each customer-facing department: customer NPS level and monthly
 * volume. Levels mostly go with the unit's employee eNPS, with exceptions (Rakvere, Helsinki).
 */
export const DEMO_CUSTOMER_PROFILES: Readonly<Record<string, { baseNps: number; minAnswers: number; maxAnswers: number }>> = {
  'customer-support': { baseNps: 12, minAnswers: 180, maxAnswers: 320 },
  'tallinn-store': { baseNps: 42, minAnswers: 260, maxAnswers: 400 },
  'tartu-store': { baseNps: 28, minAnswers: 120, maxAnswers: 220 },
  'parnu-store': { baseNps: 48, minAnswers: 110, maxAnswers: 200 },
  'narva-store': { baseNps: 20, minAnswers: 100, maxAnswers: 180 },
  'viljandi-store': { baseNps: 54, minAnswers: 90, maxAnswers: 160 },
  'rakvere-store': { baseNps: 24, minAnswers: 90, maxAnswers: 160 },
  'helsinki-store': { baseNps: 46, minAnswers: 120, maxAnswers: 220 },
  'haapsalu-store': { baseNps: 38, minAnswers: 80, maxAnswers: 140 },
  sales: { baseNps: 30, minAnswers: 80, maxAnswers: 150 },
  'business-sales': { baseNps: 40, minAnswers: 80, maxAnswers: 140 },
  'online-store': { baseNps: 34, minAnswers: 200, maxAnswers: 360 },
};
