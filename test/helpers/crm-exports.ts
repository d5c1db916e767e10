// Deal exports built to the vendors' documented formats (HubSpot, Salesforce, Pipedrive, Zoho, Didar, a Greek team's Excel "CSV"), with the KPIs computed from the deals themselves.
import { strToU8, zipSync } from 'fflate';
import { toJalaali } from 'jalaali-js';
import { mulberry32 } from '../../ui/template/sample-data';

/** A deal as the tests know it, before any CRM writes it: serial days (with a time where the CRM keeps one). */
export interface Deal {
  readonly outcome: 'won' | 'lost' | 'open';
  /** The CRM's stage or status label for this deal. */
  readonly stage: string;
  readonly amount: number;
  readonly created: number;
  /** The close date for a won or lost deal; for an open one, the expected close date most CRMs fill in. */
  readonly close: number;
  readonly source: string;
  /** When the lead arrived (the created time, to the minute, even where the CRM's created date is only a day), and when it first got a response. */
  readonly received: number;
  readonly responded: number;
}

export interface CrmExport {
  readonly vendor: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly deals: readonly Deal[];
  /** The 0-based columns of the file's table, by role. */
  readonly columns: { readonly status: number; readonly amount: number; readonly created: number; readonly close: number; readonly source: number; readonly received: number; readonly responded: number };
  /** Rows of the file that are not the table: title lines above its header, footer lines below it. */
  readonly above: number;
  readonly below: number;
}

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

function parts(serial: number): { y: number; m: number; d: number; h: number; min: number } {
  const date = new Date(EPOCH + Math.round(serial * DAY));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), h: date.getUTCHours(), min: date.getUTCMinutes() };
}
const pad = (n: number) => String(n).padStart(2, '0');
const serialOf = (y: number, m: number, d: number, h = 0, min = 0) => (Date.UTC(y, m - 1, d, h, min) - EPOCH) / DAY;

interface Labels {
  readonly won: readonly string[];
  readonly lost: readonly string[];
  readonly open: readonly string[];
  readonly sources: readonly string[];
}

/** `count` deals with the vendor's labels; amounts in cents, created times to the minute, a third open. */
function deals(seed: number, count: number, labels: Labels, amountScale = 1): Deal[] {
  // The sample's generator: every run builds the same files.
  const next = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const out: Deal[] = [];
  for (let i = 0; i < count; i++) {
    const roll = next();
    const outcome = roll < 0.4 ? 'won' : roll < 0.7 ? 'lost' : 'open';
    const month = 1 + Math.floor(next() * 10);
    const created = serialOf(2024, month, 1 + Math.floor(next() * 28), 8 + Math.floor(next() * 10), Math.floor(next() * 60));
    const close = Math.floor(created) + 3 + Math.floor(next() * 80);
    const responded = created + (15 + Math.floor(next() * 600)) / 1440;
    out.push({
      outcome,
      stage: pick(labels[outcome]),
      amount: Math.round((500 + next() * 40_000) * 100) / 100 * amountScale,
      created,
      close,
      // Every ninth deal has no source: BY_SOURCE's "(none)" row.
      source: i % 9 === 4 ? '' : pick(labels.sources),
      received: created,
      responded,
    });
  }
  return out;
}

// ---------------------------------------------------------------- writing cells as each CRM does

const csvField = (text: string, quoteAll = false, delimiter = ',') =>
  quoteAll || text.includes(delimiter) || text.includes('"') || text.includes('\n') ? `"${text.replace(/"/g, '""')}"` : text;
const csvLines = (rows: readonly (readonly string[])[], quoteAll = false, delimiter = ',') =>
  rows.map((row) => row.map((cell) => csvField(cell, quoteAll, delimiter)).join(delimiter)).join('\r\n') + '\r\n';

const iso = (serial: number, time = false) => {
  const p = parts(serial);
  return `${p.y}-${pad(p.m)}-${pad(p.d)}${time ? ` ${pad(p.h)}:${pad(p.min)}` : ''}`;
};
const usDate = (serial: number) => {
  const p = parts(serial);
  return `${p.m}/${p.d}/${p.y}`;
};
const usDateTime = (serial: number) => {
  const p = parts(serial);
  return `${usDate(serial)} ${p.h % 12 === 0 ? 12 : p.h % 12}:${pad(p.min)} ${p.h < 12 ? 'AM' : 'PM'}`;
};
const dotted = (serial: number, time = false) => {
  const p = parts(serial);
  return `${pad(p.d)}.${pad(p.m)}.${p.y}${time ? ` ${pad(p.h)}:${pad(p.min)}` : ''}`;
};
const slashedDayFirst = (serial: number, time = false) => {
  const p = parts(serial);
  return `${pad(p.d)}/${pad(p.m)}/${p.y}${time ? ` ${pad(p.h)}:${pad(p.min)}` : ''}`;
};
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const persian = (text: string) => text.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]);
const jalali = (serial: number) => {
  const p = parts(serial);
  const j = toJalaali(p.y, p.m, p.d);
  return persian(`${j.jy}/${pad(j.jm)}/${pad(j.jd)} ${pad(p.h)}:${pad(p.min)}`);
};
const grouped = (n: number, thousands: string, decimal: string, decimals = 2) => {
  const [whole, fraction] = n.toFixed(decimals).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands)}${fraction ? `${decimal}${fraction}` : ''}`;
};

/** Text in a single-byte code page, as Greek (1253) or Persian (1256) Excel saves "CSV": every character must have a byte there. */
function codePage(encoding: 'windows-1253' | 'windows-1256', text: string): Uint8Array {
  const table = new Map<string, number>();
  const decoder = new TextDecoder(encoding);
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text].map((ch) => {
    const byte = table.get(ch);
    if (byte === undefined) throw new Error(`${ch} has no ${encoding} byte`);
    return byte;
  }));
}

export const windows1256 = (text: string) => codePage('windows-1256', text);

const utf8 = (text: string, bom = false) => new TextEncoder().encode(`${bom ? '\uFEFF' : ''}${text}`);

// ---------------------------------------------------------------- the exports

/** HubSpot's deals export: its default columns, stages in sentence case, amounts as plain numbers, ISO dates with times. */
export function hubspotExport(): CrmExport {
  const list = deals(19, 60, {
    won: ['Closed won'], lost: ['Closed lost'],
    open: ['Appointment scheduled', 'Qualified to buy', 'Presentation scheduled', 'Decision maker bought-in', 'Contract sent'],
    sources: ['Organic search', 'Direct traffic', 'Referrals', 'Paid search', 'Email marketing', 'Offline sources'],
  });
  const header = ['Record ID', 'Deal Name', 'Pipeline', 'Deal Stage', 'Amount', 'Close Date', 'Create Date', 'Deal owner', 'Original Traffic Source', 'Date of first engagement'];
  const rows = list.map((deal, i) => [
    String(9_000_000_000 + i * 37), `Deal ${i + 1}`, 'Sales Pipeline', deal.stage, String(deal.amount), iso(deal.close, true).replace(/ \d\d:\d\d$/, ' 00:00'),
    iso(deal.created, true), ['Maria Lopez', 'Sam Lee', 'Ana Ruiz'][i % 3], deal.source, iso(deal.responded, true),
  ]);
  return {
    vendor: 'HubSpot', fileName: 'hubspot-crm-exports-all-deals-2024-12-02.csv', bytes: utf8(csvLines([header, ...rows])), deals: list,
    columns: { status: 3, amount: 4, created: 6, close: 5, source: 8, received: 6, responded: 9 }, above: 0, below: 0,
  };
}

/** A Salesforce report exported "Details Only" as CSV: every field quoted, US dollars and dates, and the two footer lines. */
export function salesforceExport(): CrmExport {
  const list = deals(23, 55, {
    won: ['Closed Won'], lost: ['Closed Lost'],
    open: ['Prospecting', 'Qualification', 'Needs Analysis', 'Proposal/Price Quote', 'Negotiation/Review'],
    sources: ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'],
  });
  const header = ['Opportunity Name', 'Account Name', 'Stage', 'Amount', 'Close Date', 'Created Date', 'Lead Source', 'Opportunity Owner', 'Lead Created', 'First Response'];
  const rows = list.map((deal, i) => [
    `Opportunity ${i + 1}`, `Account ${(i % 17) + 1}`, deal.stage, `$${grouped(deal.amount, ',', '.')}`, usDate(deal.close), usDate(Math.floor(deal.created)),
    deal.source, ['Ava Smith', 'Noah Jones'][i % 2], usDateTime(deal.created), usDateTime(deal.responded),
  ]);
  const footer = [[''], ['Confidential Information - Do Not Distribute'], ['Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.']];
  // Salesforce's created date is a day: the cycle counts from its midnight.
  const byDay = list.map((deal) => ({ ...deal, created: Math.floor(deal.created) }));
  return {
    vendor: 'Salesforce', fileName: 'report1733140000000.csv', bytes: utf8(csvLines([header, ...rows, ...footer], true)), deals: byDay,
    columns: { status: 2, amount: 3, created: 5, close: 4, source: 6, received: 8, responded: 9 },
    above: 0, below: 2,
  };
}

/** Pipedrive's deals export: "Deal - " headers, a status beside the stage, a closing date only on closed deals and an expected one on all. */
export function pipedriveExport(): CrmExport {
  const list = deals(29, 50, {
    won: ['Won'], lost: ['Lost'], open: ['Open'],
    sources: ['Web forms', 'Prospector', 'Chatbot', 'Messaging inbox', 'Web visitors', 'Campaigns'],
  });
  const header = ['Deal - Title', 'Deal - Value', 'Deal - Currency', 'Deal - Status', 'Deal - Stage', 'Deal - Deal created', 'Deal - Deal closed on', 'Deal - Expected close date', 'Deal - Source channel', 'Deal - Owner', 'Deal - First activity'];
  const stages = ['Qualified', 'Contact made', 'Demo scheduled', 'Proposal made', 'Negotiations started'];
  const rows = list.map((deal, i) => [
    `Deal ${i + 1}`, String(deal.amount), 'EUR', deal.stage, stages[i % stages.length], `${iso(deal.created, true)}:00`,
    deal.outcome === 'open' ? '' : `${iso(deal.close)} 17:00:00`, iso(deal.close), deal.source, ['Jo', 'Kim'][i % 2], `${iso(deal.responded, true)}:00`,
  ]);
  const closedAtFive = list.map((deal) => (deal.outcome === 'open' ? deal : { ...deal, close: deal.close + 17 / 24 }));
  return {
    vendor: 'Pipedrive', fileName: 'deals-14589-2024.csv', bytes: utf8(csvLines([header, ...rows])), deals: closedAtFive,
    columns: { status: 3, amount: 1, created: 5, close: 6, source: 8, received: 5, responded: 10 }, above: 0, below: 0,
  };
}

/** A German-locale Zoho CRM org's deals: euro amounts with a decimal comma, dotted dates, and "Closed-Lost to Competition". */
export function zohoExport(): CrmExport {
  const list = deals(31, 58, {
    won: ['Closed Won'], lost: ['Closed Lost', 'Closed-Lost to Competition'],
    open: ['Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers', 'Negotiation/Review'],
    sources: ['Advertisement', 'Cold Call', 'Employee Referral', 'Online Store', 'Partner', 'Web Download'],
  });
  const header = ['Deal Name', 'Account Name', 'Stage', 'Amount', 'Closing Date', 'Created Time', 'Lead Source', 'Deal Owner', 'First Response Time'];
  const rows = list.map((deal, i) => [
    `Deal ${i + 1}`, `Kunde ${(i % 13) + 1} GmbH`, deal.stage, `€ ${grouped(deal.amount, '.', ',')}`, dotted(deal.close), dotted(deal.created, true),
    deal.source, ['Lena Vogel', 'Jonas Weber'][i % 2], dotted(deal.responded, true),
  ]);
  return {
    vendor: 'Zoho', fileName: 'Deals_2024_12_02.csv', bytes: utf8(csvLines([header, ...rows]), true), deals: list,
    columns: { status: 2, amount: 3, created: 5, close: 4, source: 6, received: 5, responded: 8 }, above: 0, below: 0,
  };
}

/** Didar, a Persian CRM: Persian headers and statuses, rial amounts in Persian digits, Jalali dates with a time. */
export function didarExport(): CrmExport {
  const list = deals(37, 45, {
    won: ['موفق'], lost: ['ناموفق'], open: ['جاری'],
    sources: ['وب‌سایت', 'تماس ورودی', 'معرفی مشتریان', 'نمایشگاه', 'اینستاگرام'],
  }, 10_000);
  const header = ['عنوان معامله', 'وضعیت معامله', 'مبلغ معامله', 'تاریخ ایجاد', 'تاریخ بسته شدن', 'منبع', 'مسئول', 'اولین پاسخ'];
  const amounts = list.map((deal) => ({ ...deal, amount: Math.round(deal.amount) }));
  const rows = amounts.map((deal, i) => [
    `معامله ${persian(String(i + 1))}`, deal.stage, `${persian(grouped(deal.amount, '٬', '٫', 0))} ریال`, jalali(deal.created),
    deal.outcome === 'open' ? '' : jalali(deal.close), deal.source, ['سارا احمدی', 'علی رضایی'][i % 2], jalali(deal.responded),
  ]);
  return {
    vendor: 'Didar', fileName: 'didar-deals-1403.csv', bytes: utf8(csvLines([header, ...rows]), true), deals: amounts,
    columns: { status: 1, amount: 2, created: 3, close: 4, source: 5, received: 3, responded: 7 }, above: 0, below: 0,
  };
}

/** A Greek team's sheet saved as CSV by Greek Excel: Windows-1253, `;` between fields, euros after a decimal comma, dates day first. */
export function greekExcelExport(): CrmExport {
  const list = deals(41, 40, {
    won: ['Κερδισμένη'], lost: ['Χαμένη'], open: ['Ανοιχτή'],
    sources: ['Ιστότοπος', 'Σύσταση', 'Έκθεση', 'Τηλέφωνο'],
  });
  const header = ['Πελάτης', 'Κατάσταση', 'Ποσό', 'Ημερομηνία δημιουργίας', 'Ημερομηνία κλεισίματος', 'Πηγή', 'Τεμάχια', 'Πρώτη απάντηση'];
  const rows = list.map((deal, i) => [
    `Πελάτης ${i + 1}`, deal.stage, `${grouped(deal.amount, '.', ',')} €`, slashedDayFirst(deal.created, true),
    deal.outcome === 'open' ? '' : slashedDayFirst(deal.close), deal.source, grouped(((i * 7) % 15 + 1) * 500, '.', ',', 0), slashedDayFirst(deal.responded, true),
  ]);
  return {
    vendor: 'Greek Excel', fileName: 'Πωλήσεις 2024.csv', bytes: codePage('windows-1253', csvLines([header, ...rows], false, ';')), deals: list,
    columns: { status: 1, amount: 2, created: 3, close: 4, source: 5, received: 3, responded: 7 }, above: 0, below: 0,
  };
}

export const CRM_EXPORTS = [hubspotExport, salesforceExport, pipedriveExport, zohoExport, didarExport, greekExcelExport] as const;

// ---------------------------------------------------------------- an XLSX workbook, as a formatted report with title lines and a second sheet

type XlsxCell = string | number | null;

function sheetXml(rows: readonly (readonly XlsxCell[])[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const column = (c: number) => String.fromCharCode(65 + c);
  const body = rows.map((row, r) => `<row r="${r + 1}">${row.map((cell, c) => {
    if (cell === null) return '';
    const ref = `${column(c)}${r + 1}`;
    return typeof cell === 'number' ? `<c r="${ref}"><v>${cell}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`;
  }).join('')}</row>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** A minimal XLSX with one sheet per entry, strings inline. */
export function xlsxWorkbook(sheets: readonly { name: string; rows: readonly (readonly XlsxCell[])[] }[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`),
  };
  sheets.forEach((sheet, i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet.rows)); });
  return zipSync(files);
}

/** Salesforce's "formatted report" as an XLSX: title lines above the header, and the account list on a second sheet. */
export function salesforceFormattedReport(): { bytes: Uint8Array; deals: readonly Deal[] } {
  const { deals: list } = salesforceExport();
  const rows: XlsxCell[][] = [
    ['Opportunities by Stage'],
    ['As of 12/2/2024 9:14 AM · Generated by Ava Smith · Acme Corp'],
    [null],
    ['Filtered By: Close Date equals THIS YEAR'],
    [null],
    ['Opportunity Name', 'Stage', 'Amount', 'Close Date', 'Created Date', 'Lead Source'],
    ...list.map((deal, i) => [`Opportunity ${i + 1}`, deal.stage, deal.amount, usDate(deal.close), usDate(deal.created), deal.source || null]),
  ];
  const accounts: XlsxCell[][] = [['Account Name', 'Industry'], ['Account 1', 'Energy'], ['Account 2', 'Retail']];
  return { bytes: xlsxWorkbook([{ name: 'Report', rows }, { name: 'Accounts', rows: accounts }, { name: 'Notes', rows: [] }]), deals: list };
}

// ---------------------------------------------------------------- the KPIs, computed from the deals themselves

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

export function expectedKpis(deals: readonly Deal[]) {
  const won = deals.filter((deal) => deal.outcome === 'won');
  const closed = deals.filter((deal) => deal.outcome !== 'open');
  const bySource = new Map<string, { count: number; sum: number }>();
  for (const deal of deals) {
    const key = deal.source === '' ? '(none)' : deal.source;
    const row = bySource.get(key) ?? { count: 0, sum: 0 };
    row.count++;
    row.sum += deal.amount;
    bySource.set(key, row);
  }
  const total = deals.reduce((sum, deal) => sum + deal.amount, 0);
  return {
    winRate: won.length / closed.length,
    avgDealSize: mean(won.map((deal) => deal.amount)),
    salesCycle: mean(closed.map((deal) => deal.close - deal.created)),
    bySource: [...bySource.entries()].sort((a, b) => b[1].sum - a[1].sum).map(([source, row]) => [source, row.count, row.sum, row.sum / total]),
    avgResponseHours: mean(deals.map((deal) => (deal.responded - deal.received) * 24)),
  };
}
