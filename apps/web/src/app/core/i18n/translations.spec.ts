import en from '../../../i18n/en.json';
import et from '../../../i18n/et.json';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it('has every English text in Estonian too, and no extra ones', () => {
    expect(keys(et).sort()).toEqual(keys(en).sort());
  });

  it('has no empty text', () => {
    const empty = (tree: object): string[] => keys(tree).filter((k) => !k.split('.').reduce<any>((o, p) => o[p], tree));
    expect(empty(en)).toEqual([]);
    expect(empty(et)).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const value = (tree: object, key: string): string => key.split('.').reduce<any>((o, p) => o[p], tree);
    const placeholders = (text: string): string[] => (text.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
    for (const key of keys(en)) {
      expect({ key, placeholders: placeholders(value(et, key)) }).toEqual({ key, placeholders: placeholders(value(en, key)) });
    }
  });
});
