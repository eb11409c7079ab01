import { pinnedSmallGroups, PublishedFigure } from './linear-attack';

/** Figures over a table of atoms given by name. */
const table = (names: string[]) => {
  const index = new Map(names.map((n, i) => [n, i]));
  return (label: string, atoms: string[]): PublishedFigure => ({ label, atoms: atoms.map((a) => index.get(a)!) });
};

describe('the attacker algebra (exact linear check)', () => {
  const k = 5;

  it('finds the remaining value of a filter: all − Tallinn − Tartu', () => {
    const fig = table(['tallinn', 'tartu', 'parnu']);
    const pinned = pinnedSmallGroups([10, 8, 2], [fig('all', ['tallinn', 'tartu', 'parnu']), fig('tallinn', ['tallinn']), fig('tartu', ['tartu'])], k);
    expect(pinned).toEqual([{ atoms: [2], n: 2 }]);
  });

  it('finds nothing when the small value has a hidden partner of k or more', () => {
    const fig = table(['tallinn', 'tartu', 'parnu']);
    expect(pinnedSmallGroups([10, 8, 2], [fig('all', ['tallinn', 'tartu', 'parnu']), fig('tallinn', ['tallinn'])], k)).toEqual([]);
  });

  it('finds a union of two small cells that no single line reveals (a six-cycle of withheld cells)', () => {
    // Rows r1..r3 × columns c1..c3; withheld: a=r1c1 3, b=r1c2 2, c=r2c1 3, d=r2c3 2, e=r3c2 3, f=r3c3 3.
    // Every row and column hides k or more, yet r1 + r2 − c1 = b + d = 4.
    const cells = ['a', 'b', 'c', 'd', 'e', 'f', 'r1c3', 'r2c2', 'r3c1'];
    const fig = table(cells);
    const published = [
      fig('r1', ['a', 'b', 'r1c3']), fig('r2', ['c', 'd', 'r2c2']), fig('r3', ['e', 'f', 'r3c1']),
      fig('c1', ['a', 'c', 'r3c1']), fig('c2', ['b', 'e', 'r2c2']), fig('c3', ['d', 'f', 'r1c3']),
      fig('r1c3', ['r1c3']), fig('r2c2', ['r2c2']), fig('r3c1', ['r3c1']),
    ];
    const pinned = pinnedSmallGroups([3, 2, 3, 2, 3, 3, 10, 10, 10], published, k);
    expect(pinned).toEqual([{ atoms: [1, 3], n: 4 }]);
  });

  it('finds nothing in a 2 × 2 square of withheld cells whose rows and columns hold k or more', () => {
    const fig = table(['a', 'b', 'c', 'd']);
    const published = [fig('r1', ['a', 'b']), fig('r2', ['c', 'd']), fig('c1', ['a', 'c']), fig('c2', ['b', 'd'])];
    expect(pinnedSmallGroups([2, 3, 3, 2], published, k)).toEqual([]);
  });

  it('treats empty atoms as known to the attacker', () => {
    // A department only in Tallinn: its figure is its Tallinn figure, so Tallinn − A − B(Tallinn) pins nothing new,
    // but B in Tartu follows from B − (Tallinn − A).
    // With A in Tartu too, A + B − Tallinn gives all of Tartu.
    const fig = table(['aTallinn', 'aTartu', 'bTallinn', 'bTartu']);
    const published = [fig('A', ['aTallinn', 'aTartu']), fig('B', ['bTallinn', 'bTartu']), fig('Tallinn', ['aTallinn', 'bTallinn'])];
    expect(pinnedSmallGroups([6, 0, 9, 2], published, k)).toEqual([{ atoms: [3], n: 2 }]);
    // With one answer of A in Tartu, A + B − Tallinn still gives Tartu's 3.
    expect(pinnedSmallGroups([6, 1, 9, 2], published, k)).toEqual([{ atoms: [1, 3], n: 3 }]);
    expect(pinnedSmallGroups([6, 5, 9, 2], published, k)).toEqual([]);
  });

  it('refuses a search too large to be exhaustive', () => {
    const counts = Array(200).fill(1);
    expect(() => pinnedSmallGroups(counts, [{ label: 'all', atoms: counts.map((_, i) => i) }], k)).toThrow(/too many/);
  });
});
