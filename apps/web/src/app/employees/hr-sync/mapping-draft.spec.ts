import { columnOptions, draftOf, emptyDraft, mappingOf, matchingColumns } from './mapping-draft';

describe('mapping draft', () => {
  it('sends no date format until one is chosen, so the API asks for it', () => {
    expect('dateFormat' in mappingOf(emptyDraft())).toBe(false);
    expect(mappingOf({ ...emptyDraft(), dateFormat: 'DD.MM.YYYY' }).dateFormat).toBe('DD.MM.YYYY');
  });

  it('leaves out unchosen columns and empty value rows', () => {
    const draft = { ...emptyDraft(), columns: { name: 'Full name', location: undefined }, valueMappings: { department: [{ from: 'R&D', to: 'Research' }, { from: ' ', to: '' }], language: [], location: [] } };
    expect(mappingOf(draft)).toEqual({
      columns: { name: 'Full name' },
      valueMappings: { department: [{ from: 'R&D', to: 'Research' }], language: [], location: [] },
    });
  });

  it('suggests only columns named like our fields, keeping what was chosen', () => {
    const draft = matchingColumns(['Personal ID', 'External-ID', 'Name', 'Start date'], { ...emptyDraft(), columns: { name: 'Personal ID' } });
    expect(draft.columns).toEqual({ name: 'Personal ID', external_id: 'External-ID', start_date: 'Start date' });
  });

  it('offers the file\'s header, or the saved columns before a file is chosen', () => {
    const saved = draftOf({ columns: { name: 'Full name', external_id: 'ID' }, dateFormat: 'YYYY-MM-DD', valueMappings: {} });
    expect(columnOptions([], saved)).toEqual(['Full name', 'ID']);
    expect(columnOptions(['A', 'B'], saved)).toEqual(['A', 'B']);
  });
});
