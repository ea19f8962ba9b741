// The message tables of the add-on, one file per area and language so several people can
// add keys without editing the same file. Danish is the source: each English area file is
// typed `Record<keyof <Danish area>, string>`, so a missing or extra English key is a
// compile error, and test/core/i18n.test.ts checks the placeholders match.
import type { Language } from '../../shared/api';
import { attendance as daAttendance } from './da/attendance';
import { budget as daBudget } from './da/budget';
import { common as daCommon } from './da/common';
import { diplomas as daDiplomas } from './da/diplomas';
import { menu as daMenu } from './da/menu';
import { people as daPeople } from './da/people';
import { privacy as daPrivacy } from './da/privacy';
import { followUp as daFollowUp } from './da/followUp';
import { attendanceList as daAttendanceList } from './da/attendanceList';
import { savedSetup as daSavedSetup } from './da/savedSetup';
import { draft as daDraft } from './da/draft';
import { nextroundUi as daNextroundUi } from './da/nextroundUi';
import { report as daReport } from './da/report';
import { settings as daSettings } from './da/settings';
import { timeline as daTimeline } from './da/timeline';
import { ui as daUi } from './da/ui';
import { attendance as enAttendance } from './en/attendance';
import { budget as enBudget } from './en/budget';
import { common as enCommon } from './en/common';
import { diplomas as enDiplomas } from './en/diplomas';
import { menu as enMenu } from './en/menu';
import { people as enPeople } from './en/people';
import { privacy as enPrivacy } from './en/privacy';
import { followUp as enFollowUp } from './en/followUp';
import { attendanceList as enAttendanceList } from './en/attendanceList';
import { savedSetup as enSavedSetup } from './en/savedSetup';
import { draft as enDraft } from './en/draft';
import { nextroundUi as enNextroundUi } from './en/nextroundUi';
import { report as enReport } from './en/report';
import { settings as enSettings } from './en/settings';
import { timeline as enTimeline } from './en/timeline';
import { ui as enUi } from './en/ui';

/** The areas in merge order; exported so the tests can check no two areas share a key. */
export const DANISH_AREAS = [
  daCommon,
  daPeople,
  daAttendance,
  daSettings,
  daBudget,
  daTimeline,
  daDiplomas,
  daReport,
  daUi,
  daMenu,
  daPrivacy,
  daFollowUp,
  daAttendanceList,
  daSavedSetup,
  daDraft,
  daNextroundUi,
] as const;

const danish = {
  ...daCommon,
  ...daPeople,
  ...daAttendance,
  ...daSettings,
  ...daBudget,
  ...daTimeline,
  ...daDiplomas,
  ...daReport,
  ...daUi,
  ...daMenu,
  ...daPrivacy,
  ...daFollowUp,
  ...daAttendanceList,
  ...daSavedSetup,
  ...daDraft,
  ...daNextroundUi,
};

export type MessageKey = keyof typeof danish;
export type MessageTable = Readonly<Record<MessageKey, string>>;
export type MessageParams = Record<string, string | number>;

const english: MessageTable = {
  ...enCommon,
  ...enPeople,
  ...enAttendance,
  ...enSettings,
  ...enBudget,
  ...enTimeline,
  ...enDiplomas,
  ...enReport,
  ...enUi,
  ...enMenu,
  ...enPrivacy,
  ...enFollowUp,
  ...enAttendanceList,
  ...enSavedSetup,
  ...enDraft,
  ...enNextroundUi,
};

const TABLES: Record<Language, MessageTable> = { da: danish, en: english };

/** The whole table of one language (Danish for anything unknown), e.g. for a sidebar. */
export function messages(lang: Language): MessageTable {
  return TABLES[lang] ?? TABLES.da;
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(danish, value);
}

/**
 * The sentence for `key` in `lang` with `{name}` placeholders filled from `params`.
 *
 * A placeholder without a parameter stays visible as `{name}`: a half-filled sentence is
 * easier to notice and fix than a silently shortened one. A parameter whose value is
 * itself a message key (e.g. `{ field: 'settingsFieldGrant' }`) is translated too, which
 * lets core name a field without knowing the coordinator's language. Numbers get the
 * language's decimal separator.
 */
export function t(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const table = messages(lang);
  const template = table[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? formatParam(lang, params[name]) : placeholder,
  );
}

function formatParam(lang: Language, value: string | number): string {
  if (typeof value === 'number') {
    const text = String(value);
    return lang === 'da' ? text.replace('.', ',') : text;
  }
  return isMessageKey(value) ? messages(lang)[value] : value;
}
