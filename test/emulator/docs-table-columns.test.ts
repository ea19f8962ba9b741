import { createEmulator } from '../../dev/emulator';

/** @types lacks updateTableColumnProperties among its Request kinds: requests as JSON. */
interface Documents {
  batchUpdate(resource: { requests: unknown[] }, documentId: string): unknown;
  get(documentId: string): GoogleAppsScript.Docs.Schema.Document;
}

// updateTableColumnProperties, as the Docs API reference describes UpdateTableColumnPropertiesRequest:
// the table named by tableStartLocation (its start index), zero-based columnIndices (none = all),
// `fields` required, and "if the value of table_column_properties#width is less than 5 points
// (5/72 inch), a 400 bad request error is returned".
describe('Docs: updateTableColumnProperties', () => {
  const setupTable = () => {
    const emu = createEmulator();
    const g = emu.globals as unknown as { Docs: { Documents: Documents } };
    const id = emu.drive.addFile({ name: 'T', mimeType: 'application/vnd.google-apps.document' });
    g.Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { location: { index: 1 }, text: 'x\n' } },
          { insertTable: { rows: 2, columns: 3, location: { index: 1 } } },
        ],
      },
      id,
    );
    const doc = g.Docs.Documents.get(id);
    const table = (doc.body?.content ?? []).find((c) => c.table)!;
    return { g, id, start: table.startIndex as number };
  };
  const widthsOf = (g: { Docs: { Documents: Documents } }, id: string) =>
    (
      (g.Docs.Documents.get(id).body?.content ?? []).find((c) => c.table)!.table!.tableStyle!
        .tableColumnProperties ?? []
    ).map((c) => [c.widthType, c.width?.magnitude]);

  it('sets the width of the named columns and keeps the others evenly distributed', () => {
    const { g, id, start } = setupTable();
    expect(widthsOf(g, id)).toEqual([
      ['EVENLY_DISTRIBUTED', undefined],
      ['EVENLY_DISTRIBUTED', undefined],
      ['EVENLY_DISTRIBUTED', undefined],
    ]);
    g.Docs.Documents.batchUpdate(
      {
        requests: [
          {
            updateTableColumnProperties: {
              tableStartLocation: { index: start },
              columnIndices: [0, 2],
              tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 200, unit: 'PT' } },
              fields: 'widthType,width',
            },
          },
        ],
      },
      id,
    );
    expect(widthsOf(g, id)).toEqual([
      ['FIXED_WIDTH', 200],
      ['EVENLY_DISTRIBUTED', undefined],
      ['FIXED_WIDTH', 200],
    ]);
  });

  it('refuses a width under 5 points, a start that is not a table, a column out of range, and no fields', () => {
    const { g, id, start } = setupTable();
    const req = (over: Record<string, unknown>) => ({
      requests: [
        {
          updateTableColumnProperties: {
            tableStartLocation: { index: start },
            tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 50, unit: 'PT' } },
            fields: 'width',
            ...over,
          },
        },
      ],
    });
    expect(() =>
      g.Docs.Documents.batchUpdate(
        req({ tableColumnProperties: { width: { magnitude: 4, unit: 'PT' } } }),
        id,
      ),
    ).toThrow(/5 points/);
    expect(() => g.Docs.Documents.batchUpdate(req({ tableStartLocation: { index: start + 1 } }), id)).toThrow(
      /table start/,
    );
    expect(() => g.Docs.Documents.batchUpdate(req({ columnIndices: [3] }), id)).toThrow(/out of range/);
    expect(() => g.Docs.Documents.batchUpdate(req({ fields: '' }), id)).toThrow(/fields/);
    expect(widthsOf(g, id).every(([t]) => String(t) === 'EVENLY_DISTRIBUTED')).toBe(true);
  });
});
