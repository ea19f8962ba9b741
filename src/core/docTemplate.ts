// The default diploma template the add-on creates when none is set (SPEC "Diplomas"): an A4
// landscape, paged Google Doc the coordinator may restyle afterwards. This file builds the
// Docs API requests for one batchUpdate on a freshly created, empty document, so the layout
// is plain data that unit tests can check (indexes, styles, that it fits on one page).
//
// Everything is in the body, including the footer line: the Docs API gives a new footer's id
// only in the reply to createFooter, so filling a real footer would take a second
// batchUpdate. One request list keeps creating the template to a create and one batchUpdate.
import type { Language } from '../shared/api';
import { mergeToken } from './diplomas';

/** A4 landscape in points. */
export const A4_LANDSCAPE = { width: 842, height: 595 } as const;
export const TEMPLATE_MARGINS = { top: 50, bottom: 50, left: 72, right: 72 } as const;

interface Rgb {
  red: number;
  green: number;
  blue: number;
}

const TEAL: Rgb = { red: 0.106, green: 0.369, blue: 0.388 };
const GOLD: Rgb = { red: 0.639, green: 0.494, blue: 0.184 };
const INK: Rgb = { red: 0.133, green: 0.133, blue: 0.133 };
const GREY: Rgb = { red: 0.45, green: 0.45, blue: 0.45 };

export interface TemplateParagraph {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  color: Rgb;
  font: string;
  spaceAbove: number;
  spaceBelow: number;
}

const SERIF = 'Georgia';
const SANS = 'Arial';

/** The fixed text of the template in the cohort's language, merge fields where they go. */
export function templateParagraphs(lang: Language): TemplateParagraph[] {
  const text = TEXTS[lang] ?? TEXTS.da;
  return [
    { text: text.title, size: 44, bold: true, color: TEAL, font: SERIF, spaceAbove: 0, spaceBelow: 4 },
    { text: text.subtitle, size: 22, color: GOLD, font: SERIF, spaceAbove: 0, spaceBelow: 24 },
    { text: text.awardedTo, size: 14, color: INK, font: SANS, spaceAbove: 0, spaceBelow: 8 },
    {
      text: mergeToken('Navn'),
      size: 36,
      bold: true,
      color: INK,
      font: SERIF,
      spaceAbove: 0,
      spaceBelow: 14,
    },
    { text: text.completed, size: 14, color: INK, font: SANS, spaceAbove: 0, spaceBelow: 4 },
    { text: text.purpose, size: 12, italic: true, color: GREY, font: SANS, spaceAbove: 0, spaceBelow: 30 },
    {
      text: `${mergeToken('Sted')}, ${mergeToken('Dato')}`,
      size: 13,
      color: INK,
      font: SANS,
      spaceAbove: 0,
      spaceBelow: 36,
    },
    {
      text: '_______________________________',
      size: 12,
      color: GREY,
      font: SANS,
      spaceAbove: 0,
      spaceBelow: 2,
    },
    { text: mergeToken('Underskriver'), size: 12, color: INK, font: SANS, spaceAbove: 0, spaceBelow: 32 },
    { text: text.footer, size: 9, color: GREY, font: SANS, spaceAbove: 0, spaceBelow: 0 },
  ];
}

const TEXTS: Record<
  Language,
  {
    title: string;
    subtitle: string;
    awardedTo: string;
    completed: string;
    purpose: string;
    footer: string;
    docName: string;
  }
> = {
  da: {
    title: 'Diplom',
    subtitle: 'Bydelsmor',
    awardedTo: 'Dette diplom tildeles',
    completed: `som har gennemført uddannelsen som Bydelsmor på holdet ${mergeToken('Holdnavn')}`,
    purpose: 'og nu kan støtte kvinder i sit lokalområde med viden, netværk og en hjælpende hånd.',
    footer: 'Bydelsmødre – frivillige kvinder, der bygger bro i deres lokalområde',
    docName: 'Diplomskabelon',
  },
  en: {
    title: 'Diploma',
    subtitle: 'Neighbourhood Mother (Bydelsmor)',
    awardedTo: 'This diploma is awarded to',
    completed: `who has completed the training as a Neighbourhood Mother in the cohort ${mergeToken('Holdnavn')}`,
    purpose: 'and can now support women in her local area with knowledge, networks and a helping hand.',
    footer: 'Bydelsmødre – volunteer women building bridges in their local area',
    docName: 'Diploma template',
  },
};

/** The template's file name: never starts like a diploma ("Diplom - "), so it is never taken for one. */
export function templateName(lang: Language, cohortName: string): string {
  return `${(TEXTS[lang] ?? TEXTS.da).docName} – ${cohortName}`;
}

const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });

/** One Docs API request, as JSON (core stays free of Apps Script types). */
export type DocsRequest = Record<string, unknown>;

/**
 * The requests that turn an empty new document into the template: the text in one insert,
 * then paragraph and text styles by index, then the page (A4 landscape, paged). Indexes are
 * UTF-16 code units from 1 (the body's first index), as the Docs API counts them.
 */
export function templateRequests(lang: Language): DocsRequest[] {
  const paragraphs = templateParagraphs(lang);
  const requests: DocsRequest[] = [
    { insertText: { location: { index: 1 }, text: paragraphs.map((p) => p.text).join('\n') } },
  ];
  let start = 1;
  for (const p of paragraphs) {
    const end = start + p.text.length;
    requests.push({
      updateParagraphStyle: {
        range: { startIndex: start, endIndex: end + 1 },
        paragraphStyle: {
          namedStyleType: 'NORMAL_TEXT',
          alignment: 'CENTER',
          spaceAbove: pt(p.spaceAbove),
          spaceBelow: pt(p.spaceBelow),
          lineSpacing: 100,
        },
        fields: 'namedStyleType,alignment,spaceAbove,spaceBelow,lineSpacing',
      },
    });
    if (p.text.length > 0) {
      requests.push({
        updateTextStyle: {
          range: { startIndex: start, endIndex: end },
          textStyle: {
            fontSize: pt(p.size),
            bold: p.bold === true,
            italic: p.italic === true,
            foregroundColor: { color: { rgbColor: p.color } },
            weightedFontFamily: { fontFamily: p.font, weight: p.bold ? 700 : 400 },
          },
          fields: 'fontSize,bold,italic,foregroundColor,weightedFontFamily',
        },
      });
    }
    start = end + 1;
  }
  requests.push({
    updateDocumentStyle: {
      documentStyle: {
        pageSize: { width: pt(A4_LANDSCAPE.width), height: pt(A4_LANDSCAPE.height) },
        marginTop: pt(TEMPLATE_MARGINS.top),
        marginBottom: pt(TEMPLATE_MARGINS.bottom),
        marginLeft: pt(TEMPLATE_MARGINS.left),
        marginRight: pt(TEMPLATE_MARGINS.right),
      },
      fields: 'pageSize,marginTop,marginBottom,marginLeft,marginRight',
    },
  });
  return requests;
}

/**
 * Paged, not pageless (SPEC). Sent on its own after the template is built: a new Doc is paged
 * unless the user's own default is pageless, and should Google refuse to set the mode, the
 * template must still stand.
 */
export function pagedFormatRequest(): Record<string, unknown> {
  return {
    updateDocumentStyle: {
      documentStyle: { documentFormat: { documentMode: 'PAGES' } },
      fields: 'documentFormat',
    },
  };
}

/**
 * Height the template's text takes at 1.2 × font size per line, for the check that one
 * diploma stays one page even when a long name or cohort name wraps onto extra lines.
 */
export function templateHeight(
  lang: Language,
  extraLinesOf: (p: TemplateParagraph) => number = () => 0,
): number {
  return templateParagraphs(lang).reduce(
    (h, p) => h + p.spaceAbove + p.spaceBelow + p.size * 1.2 * (1 + extraLinesOf(p)),
    0,
  );
}
