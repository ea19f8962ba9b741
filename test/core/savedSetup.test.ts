import {
  settingsToSave,
  splitChunks,
  storedProperties,
  parseMeta,
  joinChunks,
  parseSavedSetup,
  timelineSeedFromSaved,
  budgetSeedFromSaved,
  chunkKey,
  type SavedSetup,
} from '../../src/core/savedSetup';
import { resolveSettings } from '../../src/core/settings';
import { buildAttendanceList, validateListOptions } from '../../src/core/attendanceList';
import { buildApplicationDraft, completionShare } from '../../src/core/applicationDraft';
import { reportText } from '../../src/core/report';

const saved = (over: Partial<SavedSetup> = {}): SavedSetup => ({
  version: 1,
  savedAt: '2026-06-20T10:00:00.000Z',
  settings: { cohortName: 'Hold', modules: 2 },
  modules: [{ nr: 1, theme: 'A', part: '1 Familieliv', teacher: '', hours: 3 }],
  budget: [
    { line: 'Projektleder', budget: 48000 },
    { line: 'Ny post', budget: 10 },
  ],
  timeline: [
    { month: 'Juni', activity: 'Fest', deadlineMonth: 6 },
    { month: 'Oktober', activity: 'PR', deadlineMonth: 10 },
    { month: '', activity: 'Løbende', deadlineMonth: null },
  ],
  ...over,
});

describe('saved setup (core)', () => {
  it('keeps every setting but the dates', () => {
    const s = settingsToSave(
      resolveSettings(
        {
          firstModuleDate: '2026-03-05',
          closedDates: ['2026-04-02'],
          ceremonyDate: '2026-06-12',
          place: 'Sal',
        },
        '2026-01-01',
      ),
    );
    expect(Object.keys(s).sort()).toEqual([
      'cohortName',
      'coordinatorInitials',
      'excusedCountsAsAbsent',
      'grant',
      'language',
      'modules',
      'place',
      'requiredShare',
      'retentionMonths',
      'signatory',
      'templateId',
    ]);
    expect(s.place).toBe('Sal');
  });

  it('splits into chunks and joins them back; a missing or cut chunk is noticed', () => {
    const text = 'a'.repeat(20001);
    expect(splitChunks(text).map((c) => c.length)).toEqual([8000, 8000, 4001]);
    const props = storedProperties(text, saved());
    const meta = parseMeta(props['bm.savedSetup'])!;
    expect(meta).toMatchObject({ chunks: 3, length: 20001, cohortName: 'Hold' });
    expect(joinChunks(meta, props)).toBe(text);
    expect(joinChunks(meta, { ...props, [chunkKey(1)]: 'short' })).toBeNull();
    const { [chunkKey(2)]: _gone, ...missing } = props;
    expect(joinChunks(meta, missing)).toBeNull();
    expect(parseMeta('{nope')).toBeNull();
  });

  it('parses only a well-formed save and drops any date setting smuggled in', () => {
    const ok = parseSavedSetup(
      JSON.stringify({ ...saved(), settings: { cohortName: 'Hold', firstModuleDate: '2026-01-01' } }),
    )!;
    expect(ok.settings).toEqual({ cohortName: 'Hold' });
    expect(parseSavedSetup(JSON.stringify({ ...saved(), version: 2 }))).toBeNull();
    expect(parseSavedSetup(JSON.stringify({ ...saved(), modules: [{ nr: 'x' }] }))).toBeNull();
    expect(
      parseSavedSetup(
        JSON.stringify({ ...saved(), timeline: [{ month: '', activity: 'x', deadlineMonth: 13 }] }),
      ),
    ).toBeNull();
    expect(parseSavedSetup('not json')).toBeNull();
  });

  it('seeds deadlines in the saved months of the new period, whatever the order, and keeps the leader plan note', () => {
    const rows = timelineSeedFromSaved(saved(), '2027-10-01', 'KB');
    expect(rows.map((r) => r.deadline)).toEqual(['2028-06-30', '2027-10-31', '']);
    expect(rows.every((r) => r.responsible === 'KB' && r.status === 'Planlagt')).toBe(true);
    const budget = budgetSeedFromSaved(saved());
    expect(budget[0].note).toMatch(/120 t/);
    expect(budget[1].note).toBe('');
  });
});

describe('attendance list and application draft (core)', () => {
  it('validates the list options', () => {
    expect(validateListOptions(undefined, 15)).toEqual({ module: null });
    expect(validateListOptions({ module: 15 }, 15)).toEqual({ module: 15 });
    expect(validateListOptions({}, 15)).toEqual({ module: null });
    for (const bad of [{ module: 16 }, { module: 0 }, { module: '1' }, { x: 1 }, [1], 'a'])
      expect(() => validateListOptions(bad, 15)).toThrow();
  });

  it('prints a grid in landscape only when there are many modules', () => {
    const modules = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ nr: i + 1, date: '', theme: `T${i + 1}` }));
    const people = [
      { id: 'P1', name: 'B' },
      { id: 'P2', name: 'A' },
    ];
    expect(
      buildAttendanceList({ cohortName: 'H', module: null, modules: modules(15), people }, 'da').landscape,
    ).toBe(true);
    expect(
      buildAttendanceList({ cohortName: 'H', module: null, modules: modules(4), people }, 'da').landscape,
    ).toBe(false);
    const one = buildAttendanceList(
      { cohortName: 'H', module: modules(4)[1], modules: modules(4), people },
      'da',
    );
    expect(one.landscape).toBe(false);
    expect(reportText(one)).toContain('Dato: ikke fastsat');
    expect(one.table.rows.map((r) => r[0])).toEqual(['Navn', 'A', 'B']);
  });

  it('the completion share is completed over admitted, and none without admissions', () => {
    expect(completionShare(4, 5)).toBe(0.8);
    expect(completionShare(0, 0)).toBeNull();
    const doc = buildApplicationDraft(
      {
        cohortName: 'H',
        asOf: '2026-06-20',
        applicants: 0,
        admitted: 0,
        dropouts: 0,
        completed: 0,
        required: 14,
        modulesTotal: 15,
        diplomas: 0,
        followUp: {
          graduates: 0,
          activeVolunteer: { yes: 0, known: 0 },
          educationOrJob: { yes: 0, known: 0 },
        },
        lines: [],
        timeline: [],
      },
      'da',
    );
    const text = reportText(doc);
    expect(text).toContain('Andel af de optagne, der gennemførte: –');
    expect(text).toContain('ingen uddannede endnu');
    expect(doc.table.rows).toHaveLength(2);
  });
});
