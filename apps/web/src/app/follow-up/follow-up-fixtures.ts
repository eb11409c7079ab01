import { ActionPlanView, FollowUpItemDetail, FollowUpItemView, FollowUpQueue } from '@ex-pulse/contracts';

export const MARI = { id: 'u-mari', name: 'Mari Maasikas' };
export const HR = { id: 'u-hr', name: 'Helle HR' };

export function itemFixture(o: Partial<FollowUpItemView> = {}): FollowUpItemView {
  return {
    key: 'k-1', unitId: 'd-north', unitName: 'North', quarter: '2026-Q2', text: 'The rota changes every day',
    sentiment: 'neutral', band: 'detractor', status: 'new', owner: null, dueOn: null, createdOn: '2026-06-15',
    resolvedOn: null, overdue: false, ...o,
  };
}

export function queueFixture(o: Partial<FollowUpQueue> = {}): FollowUpQueue {
  return {
    today: '2026-06-26',
    units: [
      { unitId: 'd-north', unitName: 'North', open: 2, overdue: 1 },
      { unitId: 'd-south', unitName: 'South', open: 1, overdue: 0 },
    ],
    unitId: null, show: 'open', total: 2, page: 1, pageSize: 50, canAct: true,
    items: [
      itemFixture({ key: 'k-1', status: 'acknowledged', owner: MARI, dueOn: '2026-06-24', overdue: true }),
      itemFixture({ key: 'k-2', unitId: 'd-south', unitName: 'South', text: 'Parking is terrible', sentiment: 'negative', band: null }),
    ],
    ...o,
  };
}

export function detailFixture(o: Partial<FollowUpItemDetail> = {}): FollowUpItemDetail {
  return {
    ...itemFixture(),
    notes: [{ id: 'n-1', author: MARI, body: '<b>Raised</b> at the team meeting\nsecond line', createdAt: '2026-06-23T10:00:00.000Z' }],
    history: [{ at: '2026-06-22T09:00:00.000Z', user: { id: MARI.id, name: MARI.name }, change: 'status', from: 'new', to: 'acknowledged' }],
    canAct: true,
    ...o,
  };
}

export function planFixture(o: Partial<ActionPlanView> = {}): ActionPlanView {
  return {
    id: 'p-1', unitId: 'd-north', unitName: 'North', title: 'Calmer rotas', owner: MARI, status: 'open',
    createdAt: '2026-06-15T09:00:00.000Z', canAct: true, isOwner: true,
    focus: [
      { id: 'f-1', kind: 'driver', driver: 'wellbeing', theme: null, item: null },
      { id: 'f-2', kind: 'item', driver: null, theme: null, item: { key: 'k-1', quarter: '2026-Q2', text: 'The rota changes every day' } },
    ],
    actions: [
      {
        id: 'a-1', title: 'Publish the rota two weeks ahead', owner: HR, dueOn: '2026-07-01', status: 'planned', shownToEmployees: true,
        doneOn: null, overdue: false, progress: [{ id: 'n-2', author: MARI, body: 'First rota out', createdAt: '2026-06-16T08:00:00.000Z' }],
      },
    ],
    ...o,
  };
}
