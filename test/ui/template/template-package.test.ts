// The template as build-time data: name placeholders filled in at insert time, and the HTML file it travels in.
import { describe, expect, it } from 'vitest';
import { planDashboard, sampleTableSizes } from '../../../ui/template/layout';
import { sampleData } from '../../../ui/template/sample-data';
import { openEndedColumn, packageHtml, readPackageHtml, templatePackage, withNames } from '../../../ui/template/template-package';
import { freeTemplateNames, templateNames } from '../../../ui/template/template-names';
import { dataSheetValues } from '../../../ui/template/data-sheets';

const pkg = templatePackage('sheets');
const data = sampleData(1);

describe('templatePackage', () => {
  it.each(['en', 'fa', 'el'] as const)('gives, once names are filled in, exactly the plan made with the real names (%s)', (language) => {
    for (const copy of [1, 2]) {
      const names = templateNames(copy, language);
      const direct = planDashboard({ host: 'sheets', language, names, refStyle: openEndedColumn(names), tableSizes: sampleTableSizes(data, language) });
      expect(withNames(pkg.plans[language], names)).toEqual(direct);
    }
  });

  it('reads each data column open-ended on its sheet, so rows pasted past the last row count too', () => {
    const names = templateNames(2, 'en');
    expect(withNames(pkg.plans.en, names).cells.find((c) => String(c.content).startsWith('=WIN_RATE('))?.content).toBe("=WIN_RATE('Deals (2)'!E2:E, Status_Won_2, Status_Lost_2)");
  });

  it('leaves no placeholder behind', () => {
    const names = freeTemplateNames(['Deals'], [], 'fa');
    expect(JSON.stringify(withNames(pkg.plans.fa, names))).not.toMatch(/[\uE000\uE001]/);
    expect(JSON.stringify(pkg.plans.fa)).toMatch(/\uE000/);
  });

  it('holds the sample data sheets as the builder writes them', () => {
    expect(pkg.dataSheets.map((s) => s.key)).toEqual(['deals', 'leads', 'orders', 'survey', 'spend']);
    expect(pkg.dataSheets[0]).toEqual({ key: 'deals', ...dataSheetValues('deals', data.deals) });
  });
});

describe('the template data file', () => {
  it('reads back what it was written from, with "</script>" in a text kept harmless', () => {
    const html = packageHtml(pkg);
    expect(html.startsWith('<script type="application/json">')).toBe(true);
    expect(readPackageHtml(html)).toEqual(JSON.parse(JSON.stringify(pkg)));
    const tricky = { ...pkg, plans: { ...pkg.plans, en: { ...pkg.plans.en, sheet: '</script><b>' } } };
    const trickyHtml = packageHtml(tricky);
    expect(trickyHtml.indexOf('</script>')).toBe(trickyHtml.length - '</script>\n'.length);
    expect(readPackageHtml(trickyHtml).plans.en.sheet).toBe('</script><b>');
  });

  it('says the file is damaged rather than failing on a parse error', () => {
    expect(() => readPackageHtml('')).toThrow('The template data file is damaged: reinstall the add-on.');
  });
});
