// Faults: for each writing function, a successful run is measured first (N counted service
// calls, result S); then for every n = 1..N a fresh workbook in the same state runs the same call
// with the n-th service call failing. The workbook — every sheet with its formats, the document
// properties, Drive's live files — must then be exactly as before (B) or exactly S: never half a
// row, never a duplicate. A call that reports failure must have left B; one that reports success
// must have left S (a fault it tolerates, such as releasing the lock, changes nothing).
//
// Exceptions, documented:
// - setupWorkbook on a blank spreadsheet is compared on values, formulas, sheets and properties
//   (not cell formats, validation, conditional formats, protections, widths or charts): a
//   failed setup deletes the sheets it created, and formats it put on the one sheet it found
//   are cosmetic and are applied again by the next setup.
// - generateDiplomas is resumable by design rather than atomic (Drive files cannot be un-made;
//   see src/server/api/diplomas.ts): after any fault, running it again until `remaining` is 0
//   must give exactly one Doc and one PDF per eligible participant, one combined PDF, no other
//   live file, and links to live Docs.
import { createEmulator } from '../../dev/emulator';
import { diplomaDocx } from '../helpers/docx';
import { harness, installGlobals, type Harness } from '../helpers/harness';
import {
  completedCohort,
  expectSentence,
  fingerprint,
  firstDifference,
  type FingerprintOptions,
} from '../helpers/reliability';

type Api = Harness['api'];

interface Sweep {
  name: string;
  arrange: (h: Harness) => void;
  run: (api: Api, h: Harness) => unknown;
  fp?: FingerprintOptions;
}

const base = (h: Harness) => {
  h.api.saveSettings({ modules: 3 });
  h.api.setupWorkbook();
  h.api.addPerson({ name: 'Amal Test', phone: '+45 12 34 56 78' }); // P001
  h.api.addPerson({ name: 'Hodan Test' }); // P002
  h.api.addPerson({ name: 'Søs Test' }); // P003
  h.api.setPersonStatus('P002', 'Optaget');
  h.api.setPersonStatus('P003', 'Optaget');
  h.api.recordAttendance({ module: 1, present: ['P002', 'P003'] });
};

/** Three modules, P002–P004 completed, P005 below; diplomas made (folder, template, combined PDF). */
const withDiplomas = (h: Harness) => {
  h.api.saveSettings({ modules: 3 });
  h.api.setupWorkbook();
  h.api.addPerson({ name: 'Amal Test' }); // P001
  completedCohort(h.api, ['Hodan Test', 'Søs Test', 'Leyla Test', 'Nour Test'], ['P005']);
  h.api.generateDiplomas({ batchSize: 10 });
};

const SWEEPS: Sweep[] = [
  {
    name: 'setupWorkbook (blank spreadsheet)',
    arrange: () => undefined,
    run: (api) => api.setupWorkbook(),
    fp: { valuesOnly: true },
  },
  {
    name: 'setupWorkbook (again, after a hand edit)',
    arrange: (h) => {
      base(h);
      h.emu.spreadsheet.getSheetByName('Personer')!.getRange('H3').setValue('Optaget'); // P002 already; P001 by hand below
      h.emu.spreadsheet.getSheetByName('Personer')!.getRange('H2').setValue('Optaget');
    },
    run: (api) => api.setupWorkbook(),
  },
  {
    name: 'saveSettings (modules 3 → 5, first date)',
    arrange: base,
    run: (api) => api.saveSettings({ modules: 5, firstModuleDate: '2026-03-05' }),
    // The new columns' formats, dropdowns and protections (format.ts) are not undone.
    fp: { valuesOnly: true },
  },
  {
    name: 'saveSettings (rule change)',
    arrange: base,
    run: (api) => api.saveSettings({ requiredShare: 0.5, excusedCountsAsAbsent: false }),
  },
  {
    name: 'addPerson',
    arrange: base,
    run: (api) =>
      api.addPerson({ name: 'Ilham Test', languages: 'somali', consentDate: '2026-01-10', childcare: true }),
  },
  {
    name: 'updatePerson (phone, date, notes cleared)',
    arrange: base,
    run: (api) => api.updatePerson('P001', { phone: '20 30 40 50', interviewDate: '2026-01-12', notes: '' }),
  },
  {
    name: 'updatePerson (name: her Fremmøde row follows)',
    arrange: base,
    run: (api) => api.updatePerson('P002', { name: 'Hodan Warsame', educationOrJob: 'Ja' }),
  },
  {
    name: 'setPersonStatus (to Optaget: adds a Fremmøde row)',
    arrange: base,
    run: (api) => api.setPersonStatus('P001', 'Optaget'),
  },
  {
    name: 'setPersonStatus (to Ikke optaget: Slettes)',
    arrange: base,
    run: (api) => api.setPersonStatus('P001', 'Ikke optaget'),
  },
  {
    name: 'recordAttendance',
    arrange: base,
    run: (api) => api.recordAttendance({ module: 2, present: ['P002'], excused: ['P003'] }),
  },
  {
    name: 'recordAttendance (adds a row for one admitted by hand)',
    arrange: (h) => {
      base(h);
      h.emu.spreadsheet.getSheetByName('Personer')!.getRange('H2').setValue('Optaget');
    },
    run: (api) => api.recordAttendance({ module: 2, present: ['P001', 'P002'] }),
  },
  {
    name: 'addExpense',
    arrange: base,
    run: (api) =>
      api.addExpense({
        date: '2026-01-10',
        line: 'Administration',
        amount: 99.95,
        description: 'Kopipapir',
        receipt: 'B-17',
      }),
  },
  {
    name: 'updateExpense',
    arrange: (h) => {
      base(h);
      h.api.addExpense({ date: '2026-01-10', line: 'Administration', amount: 50, description: 'Porto' });
    },
    run: (api) =>
      api.updateExpense(
        2,
        { date: '2026-01-10', line: 'Administration', amount: 50 },
        { amount: 55.5, line: 'Børnepasning', description: 'Barnepige' },
      ),
  },
  {
    name: 'deleteExpense',
    arrange: (h) => {
      base(h);
      h.api.addExpense({ date: '2026-01-10', line: 'Administration', amount: 50, description: 'Porto' });
      h.api.addExpense({ date: '2026-01-11', line: 'Administration', amount: 60, description: 'Kuverter' });
    },
    run: (api) => api.deleteExpense(2, { date: '2026-01-10', line: 'Administration', amount: 50 }),
  },
  { name: 'setTimelineStatus', arrange: base, run: (api) => api.setTimelineStatus(3, 'I gang') },
  {
    // Oversigt's figures are formulas (an expense changes nothing to write); a budget line typed
    // by hand changes its shape, which the refresh must write.
    name: 'refreshOverview',
    arrange: (h) => {
      base(h);
      h.api.addExpense({ date: '2026-01-10', line: 'Administration', amount: 5, description: 'x' });
      h.emu.spreadsheet.getSheetByName('Budget')!.appendRow(['Ekstra: bustur', 1200, '', '', '', '']);
    },
    run: (api) => api.refreshOverview(),
    // The chart's range follows the new line; charts are decoration and not undone (README).
    fp: { valuesOnly: true },
  },
  { name: 'createReport', arrange: base, run: (api) => api.createReport() },
  { name: 'deletePerson (applicant)', arrange: base, run: (api) => api.deletePerson('P001') },
  { name: 'deletePerson (participant with marks)', arrange: base, run: (api) => api.deletePerson('P003') },
  {
    name: 'deletePerson (with diploma files and the combined PDF)',
    arrange: withDiplomas,
    run: (api) => api.deletePerson('P003'),
  },
  {
    name: 'createAttendanceList (one module)',
    arrange: base,
    run: (api) => api.createAttendanceList({ module: 1 }),
  },
  {
    name: 'createAttendanceList (replaces the list of the module)',
    arrange: (h) => {
      base(h);
      h.api.createAttendanceList({ module: 2 });
    },
    run: (api) => api.createAttendanceList({ module: 2 }),
  },
  { name: 'createAttendanceList (all modules)', arrange: base, run: (api) => api.createAttendanceList() },
  {
    name: 'deletePerson (named on attendance lists)',
    arrange: (h) => {
      base(h);
      h.api.createAttendanceList({ module: 1 });
      h.api.createAttendanceList();
    },
    run: (api) => api.deletePerson('P003'),
  },
  { name: 'saveCohortSetup', arrange: base, run: (api) => api.saveCohortSetup() },
  {
    name: 'saveCohortSetup (replacing an earlier save)',
    arrange: (h) => {
      base(h);
      h.api.saveCohortSetup();
      h.emu.spreadsheet.getSheetByName('Moduler')!.getRange('C2').setValue('Et nyt tema');
    },
    run: (api) => api.saveCohortSetup(),
  },
  {
    name: 'setupWorkbook ({ fromSaved: true } in a new spreadsheet, template gone)',
    arrange: (h) => {
      // The last cohort's spreadsheet, of the same user (same user properties and Drive): its
      // setup saved, its template Doc deleted since. Then back to this new, blank spreadsheet.
      const last = createEmulator({ sameUserAs: h.emu });
      installGlobals(last);
      const templateId = last.drive.addFile({
        name: 'Diplomskabelon – Sidste hold',
        mimeType: 'application/vnd.google-apps.document',
      });
      h.api.saveSettings({ modules: 3, templateId, cohortName: 'Sidste hold' });
      h.api.setupWorkbook();
      h.api.saveCohortSetup();
      (last.globals.Drive as { Files: { update(r: unknown, id: string): unknown } }).Files.update(
        { trashed: true },
        templateId,
      );
      installGlobals(h.emu);
    },
    run: (api) => api.setupWorkbook({ fromSaved: true }),
    fp: { valuesOnly: true },
  },
  { name: 'createApplicationDraft', arrange: base, run: (api) => api.createApplicationDraft() },
  {
    name: 'onEdit (a mark typed by hand)',
    arrange: (h) => {
      base(h);
      h.emu.spreadsheet.getSheetByName('Fremmøde')!.getRange('D2').setValue('M');
    },
    run: (api, h) =>
      api.onEdit({ range: h.emu.spreadsheet.getSheetByName('Fremmøde')!.getRange('D2') } as never),
  },
];

/** Oversigt is a dashboard rebuilt by every refresh: a failed refresh puts its figures back, not its colours. */
const DASHBOARD: FingerprintOptions = { valuesOnlySheets: ['Oversigt'] };

function fresh(s: Sweep): Harness {
  const h = harness({ today: '2026-01-15' });
  s.arrange(h);
  return h;
}

const summary: string[] = [];

describe.each(SWEEPS.map((s) => [s.name, s] as const))('fault sweep: %s', (_name, s) => {
  it('leaves exactly the state before or exactly the successful result at every failing call', () => {
    const ok = fresh(s);
    const fp = { ...DASHBOARD, ...s.fp };
    const B = fingerprint(ok.emu, fp);
    ok.emu.calls.reset();
    s.run(ok.api, ok);
    const N = ok.emu.calls.count();
    const S = fingerprint(ok.emu, fp);
    expect(S).not.toBe(B);
    expect(N).toBeGreaterThan(0);

    const bad: string[] = [];
    let unchanged = 0;
    let complete = 0;
    let degraded = 0;
    // A request whose decoration Google refuses (charts, formats, colours: decorate.ts) succeeds
    // without it, logs it and retries next time: the same result apart from decoration and the
    // remembered layouts.
    const decoration = { ...fp, ignoreDecoration: true };
    const S2 = fingerprint(ok.emu, decoration);
    for (let n = 1; n <= N; n++) {
      const h = fresh(s);
      const before = fingerprint(h.emu, fp);
      if (before !== B)
        throw new Error(`the arrangement is not deterministic (point ${n}) ${firstDifference(B, before)}`);
      h.emu.calls.failAt(n);
      let error: unknown = null;
      try {
        s.run(h.api, h);
      } catch (e) {
        error = e;
      }
      const failedCall = h.emu.calls.armedFaults === 0;
      h.emu.calls.clearFaults();
      const after = fingerprint(h.emu, fp);
      if (error) {
        expectSentence(
          () => {
            throw error;
          },
          'da',
          { allowServiceFailed: true },
        );
        if (after === B) unchanged++;
        else
          bad.push(
            `n=${n}: threw but left ${after === S ? 'the complete result (a retry would repeat it)' : `a partial state ${firstDifference(B, after)}`}`,
          );
      } else if (after === S) complete++;
      else if (fingerprint(h.emu, decoration) === S2) degraded++;
      else if (after === B && s.name.startsWith('onEdit'))
        unchanged++; // a trigger gives up silently
      else
        bad.push(
          `n=${n}: succeeded${failedCall ? ' despite the fault' : ''} but left ${after === B ? 'nothing written' : `a partial state ${firstDifference(S, after)}`}`,
        );
    }
    summary.push(
      `${s.name}: ${N} points, ${unchanged} unchanged, ${complete} complete${degraded ? `, ${degraded} complete without some decoration` : ''}`,
    );
    expect(bad).toEqual([]);
  });
});

describe('fault sweep: generateDiplomas (resumable, never a duplicate)', () => {
  const arrange = (h: Harness) => {
    h.api.saveSettings({ modules: 3 });
    h.api.setupWorkbook();
    completedCohort(h.api, ['Hodan Test', 'Søs Test', 'Leyla Test', 'Nour Test'], ['P004']);
  };
  const DOC = 'application/vnd.google-apps.document';

  function checkFinal(h: Harness, where: string): string[] {
    const problems: string[] = [];
    const live = h.emu.drive
      .files()
      .filter((f) => !f.trashed && f.mimeType !== 'application/vnd.google-apps.folder');
    const eligible = ['Hodan Test', 'Søs Test', 'Leyla Test'];
    for (const name of eligible) {
      const docs = live.filter((f) => f.name === `Diplom - ${name} - Bydelsmødre` && f.mimeType === DOC);
      const pdfs = live.filter((f) => f.name === `Diplom - ${name} - Bydelsmødre.pdf`);
      if (docs.length !== 1 || pdfs.length !== 1)
        problems.push(`${where}: ${name} has ${docs.length} Docs and ${pdfs.length} PDFs`);
    }
    const combined = live.filter((f) => f.name === 'Diplomer - Bydelsmødre.pdf');
    if (combined.length !== 1) problems.push(`${where}: ${combined.length} combined PDFs`);
    const template = live.filter((f) => f.mimeType === DOC && !f.name.startsWith('Diplom - '));
    if (template.length !== 1) problems.push(`${where}: ${template.length} templates`);
    const expected = eligible.length * 2 + 1 + 1;
    if (live.length !== expected)
      problems.push(
        `${where}: ${live.length} live files, expected ${expected}: ${live.map((f) => f.name).join(' | ')}`,
      );
    const values = h.emu.sheetValues('Fremmøde');
    const col = values[0].map(String).indexOf('Diplom');
    const links = values
      .slice(1)
      .map((r) => String(r[col]))
      .filter((l) => l !== '');
    if (links.length !== eligible.length) problems.push(`${where}: ${links.length} links`);
    for (const link of links) {
      const id = /\/d\/([^/]+)/.exec(link)?.[1];
      if (!live.some((f) => f.id === id)) problems.push(`${where}: a link to a file that is not live`);
    }
    return problems;
  }

  it('after a fault at any call, running it again gives exactly one diploma each', () => {
    const ok = harness({ today: '2026-01-15' });
    arrange(ok);
    ok.emu.calls.reset();
    expect(ok.api.generateDiplomas({ batchSize: 10 }).remaining).toBe(0);
    const N = ok.emu.calls.count();
    expect(checkFinal(ok, 'success')).toEqual([]);

    const problems: string[] = [];
    for (let n = 1; n <= N; n++) {
      const h = harness({ today: '2026-01-15' });
      arrange(h);
      h.emu.calls.failAt(n);
      try {
        h.api.generateDiplomas({ batchSize: 10 });
      } catch (e) {
        expectSentence(
          () => {
            throw e;
          },
          'da',
          { allowServiceFailed: true },
        );
      }
      h.emu.calls.clearFaults();
      for (let i = 0; i < 3 && h.api.getDiplomaStatus().remaining > 0; i++)
        h.api.generateDiplomas({ batchSize: 10 });
      // A call with nothing left to do must not change anything either.
      h.api.generateDiplomas({ batchSize: 10 });
      problems.push(...checkFinal(h, `n=${n}`));
    }
    summary.push(`generateDiplomas: ${N} points, each resumed to exactly one diploma per eligible`);
    expect(problems).toEqual([]);
  });
});

describe('fault sweep: createTemplate, importTemplate, previewDiploma (Drive work: resumable, never a stray file)', () => {
  const DOC = 'application/vnd.google-apps.document';
  const arrange = (h: Harness) => {
    h.api.saveSettings({ modules: 3, ceremonyDate: '2026-06-12' });
    h.api.setupWorkbook();
    completedCohort(h.api, ['Hodan Test', 'Søs Test'], []);
  };
  const word = diplomaDocx().toString('base64');
  const live = (h: Harness) =>
    h.emu.drive.files().filter((f) => !f.trashed && f.mimeType !== 'application/vnd.google-apps.folder');
  // `runs`: how many calls succeeded (an import that succeeded twice rightly leaves two Docs:
  // the earlier template is hers and is never trashed by a new import).
  const CASES: [string, (api: Api) => unknown, (h: Harness, runs: number) => string[]][] = [
    [
      'createTemplate',
      (api) => api.createTemplate(),
      (h) => {
        const docs = live(h).filter((f) => f.mimeType === DOC);
        return docs.length === 1 && docs[0].id === h.api.getSettings().templateId
          ? []
          : [`${docs.length} Docs, template ${h.api.getSettings().templateId ? 'set' : 'empty'}`];
      },
    ],
    [
      'importTemplate',
      (api) => api.importTemplate({ name: 'Diplom.docx', base64: word }),
      (h, runs) => {
        const docs = live(h).filter((f) => f.mimeType === DOC);
        const ok =
          docs.length === runs &&
          docs.every((d) => d.name === 'Diplom') &&
          docs.some((d) => d.id === h.api.getSettings().templateId);
        return ok ? [] : [`${docs.map((d) => d.name).join(', ')} live after ${runs} successful runs`];
      },
    ],
    [
      'previewDiploma',
      (api) => api.previewDiploma('P001'),
      (h) => {
        const previews = live(h).filter((f) => f.name.startsWith('Prøve - '));
        const docs = live(h).filter((f) => f.mimeType === DOC && f.id !== h.api.getSettings().templateId);
        return previews.length === 1 && previews[0].mimeType === 'application/pdf' && docs.length === 0
          ? []
          : [
              `${live(h)
                .map((f) => f.name)
                .join(' | ')}`,
            ];
      },
    ],
  ];
  it.each(CASES)(
    '%s: after a fault at any call, running it again leaves exactly the right files',
    (_name, run, final) => {
      const ok = harness({ today: '2026-01-15' });
      arrange(ok);
      ok.emu.calls.reset();
      run(ok.api);
      const N = ok.emu.calls.count();
      expect(final(ok, 1)).toEqual([]);
      const problems: string[] = [];
      for (let n = 1; n <= N; n++) {
        const h = harness({ today: '2026-01-15' });
        arrange(h);
        h.emu.calls.failAt(n);
        let runs = 1;
        try {
          run(h.api);
          runs = 2;
        } catch (e) {
          expectSentence(
            () => {
              throw e;
            },
            'da',
            { allowServiceFailed: true },
          );
        }
        h.emu.calls.clearFaults();
        run(h.api);
        problems.push(...final(h, runs).map((p) => `n=${n}: ${p}`));
      }
      summary.push(`${_name}: ${N} points, each rerun to exactly the right files`);
      expect(problems).toEqual([]);
    },
  );
});

afterAll(() => {
  // Recorded for the README's reliability section.
  console.warn(`fault sweeps:\n${summary.join('\n')}`);
});
