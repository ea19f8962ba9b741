// What the preview server sends its page (JSON): GET /api/state and the replies of POST
// /api/run and /api/edit. No imports, so both sides use it: the server (Node) declares its
// replies with these types and the page (DOM, tsconfig.preview.json) reads them.

export interface CellView {
  /** The display value. */
  t: string;
  bg?: string;
  fc?: string;
  b?: boolean;
  i?: boolean;
  al?: string;
  link?: string;
  /** What the inline editor starts with, when it differs from `t`. */
  e?: string;
}

export interface SheetView {
  name: string;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  widths: number[];
  rows: CellView[][];
}

export interface MenuItemView {
  caption?: string;
  functionName?: string;
  separator?: true;
}

export interface MenuView {
  name: string;
  addon: boolean;
  items: MenuItemView[];
}

export interface FileView {
  id: string;
  name: string;
  mimeType: string;
  trashed: boolean;
  createdTime: string;
}

export interface PreviewState {
  spreadsheetName: string;
  menus: MenuView[];
  sheets: SheetView[];
  files: FileView[];
}

export interface UiView {
  sidebar?: { title: string; html: string };
  dialogs: { title: string; html: string }[];
  alerts: { title: string; prompt: string }[];
  toasts: { title: string; message: string; timeoutSeconds: number }[];
}

/** The reply of POST /api/run and /api/edit. */
export interface RunReply {
  ok: boolean;
  value?: unknown;
  error?: string;
  ui: UiView;
  changed: boolean;
}
