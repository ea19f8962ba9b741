// Logs hold counts and row numbers, never names, phone numbers or e-mail addresses: the whole
// cohort flow through every API function — successes, refusals, a busy lock and injected
// service faults — with every console line and Logger entry scanned for every personal value used.
import { diplomaDocx } from '../helpers/docx';
import { harness } from '../helpers/harness';
import { completedCohort } from '../helpers/reliability';

const PEOPLE = [
  { name: 'Zahra Loggetest', phone: '+45 31 41 59 26', email: 'zahra.loggetest@example.dk' },
  { name: 'Ørkenrose Sporløs', phone: '0045 27 18 28 18', email: 'orkenrose@example.dk' },
  { name: 'مريم الاختبار', phone: '+45 11 22 33 44', email: 'maryam.test@example.dk' },
];
const SECRETS = PEOPLE.flatMap((p) => [
  p.name,
  ...p.name.split(' '),
  p.phone,
  p.phone.replace(/\s/g, ''),
  p.email,
  p.email.split('@')[0],
]).concat(['Hemmelig Note', 'Diplomkvinde Et', 'Diplomkvinde To']);

it('no name, phone or e-mail reaches a log line in the whole flow', () => {
  const lines: string[] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(
        args
          .map((a) =>
            a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a),
          )
          .join(' '),
      );
    }),
  );
  const h = harness({ today: '2026-01-15' });
  const { api, emu } = h;
  const attempt = (fn: () => unknown) => {
    try {
      fn();
    } catch {
      // refusals are part of the flow
    }
  };

  api.saveSettings({ modules: 3, coordinatorInitials: 'KB' });
  api.setupWorkbook();
  const ids = PEOPLE.map(
    (p) =>
      api.addPerson({ ...p, notes: 'Hemmelig Note', languages: 'arabisk', consentDate: '2026-01-10' }).id,
  );
  attempt(() =>
    api.addPerson({ name: PEOPLE[0].name, phone: `${PEOPLE[0].phone} ring`, email: PEOPLE[0].email }),
  );
  attempt(() => api.addPerson({ name: PEOPLE[1].name, email: `${PEOPLE[1].email}@@` }));
  attempt(() => api.setPersonStatus(PEOPLE[0].name, 'Optaget'));
  api.setPersonStatus(ids[0], 'Samtale aftalt');
  api.setPersonStatus(ids[1], 'Optaget');
  api.setPersonStatus(ids[2], 'Ikke optaget');
  api.recordAttendance({ module: 1, present: [ids[1]] });
  attempt(() => api.recordAttendance({ module: 2, present: [PEOPLE[2].name] }));
  api.addExpense({
    date: '2026-01-10',
    line: 'Administration',
    amount: 12.5,
    description: `Taxa for ${PEOPLE[0].name}`,
    receipt: PEOPLE[0].phone,
  });
  api.getAttendance();
  api.getBudget();
  api.listPersons();
  api.getModules();
  api.getTimeline();
  api.setTimelineStatus(2, 'I gang');
  api.getOverview();
  api.refreshOverview();
  completedCohort(api, ['Diplomkvinde Et', 'Diplomkvinde To']);
  // Her own design and a preview naming a woman; a failing request inside a wave.
  api.createTemplate();
  api.importTemplate({ name: `Diplom til ${PEOPLE[0].name}.docx`, base64: diplomaDocx().toString('base64') });
  attempt(() =>
    api.importTemplate({ name: `${PEOPLE[1].name}.pdf`, base64: Buffer.from('%PDF-1.4').toString('base64') }),
  );
  api.previewDiploma(ids[1]);
  emu.calls.failAt(1, { service: 'Drive', method: 'files.copy' });
  attempt(() => api.generateDiplomas({ batchSize: 1 }));
  emu.calls.clearFaults();
  api.generateDiplomas({ batchSize: 1 });
  api.generateDiplomas({ batchSize: 10 });
  api.getDiplomaStatus();
  api.createReport();
  api.createAttendanceList({ module: 1 });
  api.createAttendanceList();
  api.saveCohortSetup();
  api.createApplicationDraft();
  api.exportPerson(ids[0]);
  api.getRetentionReminders();
  // Faults in the middle of writes that carry personal data (the logged detail of a failure).
  for (let n = 1; n <= 12; n++) {
    emu.calls.failAt(n);
    attempt(() => api.addPerson({ name: PEOPLE[0].name, phone: PEOPLE[0].phone, email: PEOPLE[0].email }));
    emu.calls.clearFaults();
  }
  emu.calls.failAt(3, { service: 'Drive' });
  attempt(() => api.generateDiplomas({ regenerate: true }));
  emu.calls.clearFaults();
  emu.lock.available = false;
  attempt(() => api.deletePerson(ids[0]));
  api.onEdit({ range: emu.spreadsheet.getSheetByName('Fremmøde')!.getRange('C2') } as never);
  emu.lock.available = true;
  api.onEdit({ range: emu.spreadsheet.getSheetByName('Personer')!.getRange('B3') } as never);
  api.deletePerson(ids[0]);
  api.deletePerson('P004');
  api.selfTest();
  api.runSelfTestFromMenu();
  for (const s of spies) s.mockRestore();

  const all = [...lines, ...emu.logs];
  expect(lines.length).toBeGreaterThan(20);
  const leaks = all.filter((line) => SECRETS.some((s) => line.includes(s)));
  expect(leaks).toEqual([]);
});
