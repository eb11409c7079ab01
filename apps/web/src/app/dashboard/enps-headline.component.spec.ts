import { TestBed } from '@angular/core/testing';
import { EnpsCell } from '@ex-pulse/contracts';
import { textOf, translocoTesting } from '../core/testing/transloco-testing';
import { EnpsHeadlineComponent } from './enps-headline.component';
import { shownCell, withheldCell } from './dashboard-fixtures';

describe('EnpsHeadlineComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ imports: [translocoTesting('en')] }));

  async function render(cell: EnpsCell, k = 5): Promise<string> {
    const fixture = TestBed.createComponent(EnpsHeadlineComponent);
    fixture.componentRef.setInput('cell', cell);
    fixture.componentRef.setInput('k', k);
    await fixture.whenStable();
    return textOf(fixture.nativeElement);
  }

  it('marks a result from fewer than 50 responses as indicative', async () => {
    expect(await render(shownCell({ n: 23, enps: -4.6, ciLow: -40, ciHigh: 31, responseRate: 0.5, indicative: true }))).toBe(
      '\u22125 (95% CI \u221240 to +31), n = 23, response rate 50% indicative (fewer than 50 answers)',
    );
  });

  it('says that a census has no sampling error, in Estonian too', async () => {
    const census = shownCell({ n: 12, invited: 12, enps: 25, ciLow: 25, ciHigh: 25, responseRate: 1, indicative: true, census: true });
    expect(await render(census)).toContain('Everyone invited answered: no sampling error.');
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ imports: [translocoTesting('et')] });
    expect(await render(census)).toContain('Kõik kutsutud vastasid: valimiviga pole.');
    expect(await render(shownCell())).not.toContain('valimiviga');
  });

  it('says why the number is withheld instead of showing one', async () => {
    expect(await render(withheldCell('too_few'), 7)).toBe('Withheld — fewer than 7 answers');
    expect(await render(withheldCell('subtraction'))).toBe('Withheld — would reveal a smaller group');
  });
});
