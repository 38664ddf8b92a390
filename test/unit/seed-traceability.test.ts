/**
 * Every structured value of the real content is stated in the source documents: names, numbers,
 * dates, recipients, cited documents. Nothing is invented.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/numbers';
import { readEntryFile } from '../../src/lib/entry-file';
import { collectionSchemas, type CollectionSchemas } from '../../src/schemas/collections';
import { plainSchemaContext } from '../../src/schemas/context';
import { siteSchema } from '../../src/schemas/site';
import type { z } from 'astro/zod';
import { seedCorpus } from '../helpers/seeds';

const normalise = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/(\d)- (?=\p{L})/gu, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
const corpus = normalise(seedCorpus());
const schemas = collectionSchemas(plainSchemaContext);

function entries<C extends keyof CollectionSchemas>(collection: C): z.output<CollectionSchemas[C]>[] {
  const dir = path.resolve('content', collection);
  return readdirSync(dir)
    .filter((name) => /\.(mdx|ya?ml)$/.test(name))
    .map((name) => {
      const file = path.join(dir, name);
      return schemas[collection].parse(readEntryFile(file, readFileSync(file, 'utf8')).data) as z.output<
        CollectionSchemas[C]
      >;
    });
}

/** The values not found in the documents. */
function unstated(values: (string | undefined)[]): string[] {
  return values
    .filter((value): value is string => value !== undefined)
    .filter((value) => !corpus.includes(normalise(value)));
}

/** A date as the documents write it: "30/6/2024", "07/5/1954"; `withYear: false` also accepts "28/8". */
function dateStated(iso: string | undefined, withYear = true): boolean {
  if (!iso) return true;
  const [year, month, day] = iso.split('-').map(Number);
  return new RegExp(`(^|[^\\d])0?${day}/0?${month}${withYear ? `/${year}` : '(/\\d{4})?'}([^\\d]|$)`).test(corpus);
}

describe('plans', () => {
  const plans = entries('plans');

  it('are both seeds', () => {
    expect(plans).toHaveLength(2);
  });

  it.each(plans.map((plan) => [plan.title, plan] as const))(
    '%s: names, themes and recipients come from the document',
    (_title, plan) => {
      expect(
        unstated([
          plan.title,
          plan.issuer.name,
          plan.issuer.parent,
          plan.signer.name,
          plan.signer.position,
          plan.signer.prefix && `${plan.signer.prefix} ${plan.signer.onBehalfOf}`,
          ...plan.themes.map((theme) => theme.text),
          ...plan.recipients,
        ]),
      ).toEqual([]);
    },
  );

  it.each(plans.map((plan) => [plan.title, plan] as const))('%s: cited documents are cited in it', (_title, plan) => {
    expect(
      unstated(plan.citedDocuments.flatMap((document) => [document.number, document.issuer, document.title])),
    ).toEqual([]);
    expect(
      plan.citedDocuments.filter((document) => !dateStated(document.date)).map((document) => document.number),
    ).toEqual([]);
  });

  it.each(plans.map((plan) => [plan.title, plan] as const))(
    '%s: targets and deadlines are its own numbers and dates',
    (_title, plan) => {
      const targets = plan.targets.flatMap((target) => [target, ...target.parts]);
      expect(
        unstated(
          targets.flatMap((target) => [
            target.label,
            target.unit,
            `${target.qualifier ? `${target.qualifier} ` : ''}${formatNumber(target.value)}`,
            target.upTo === undefined ? undefined : formatNumber(target.upTo),
          ]),
        ),
      ).toEqual([]);
      expect(
        unstated(plan.deadlines.flatMap((deadline) => [deadline.task, deadline.responsible, deadline.submitTo])),
      ).toEqual([]);
      expect(plan.deadlines.every((deadline) => dateStated(deadline.date))).toBe(true);
    },
  );

  it('carry the figures the brief names', () => {
    const so = plans.find((plan) => plan.title === 'Thực hiện các phong trào thi đua năm 2024')!;
    expect(so.targets.map((target) => target.value)).toContain(32200);
    expect(so.signer).toMatchObject({
      prefix: 'KT.',
      onBehalfOf: 'Giám đốc',
      position: 'Phó Giám đốc',
      name: 'Trương Đức Huân',
    });
    const trungTam = plans.find((plan) => plan.title === 'Triển khai công tác thi đua, khen thưởng năm 2024')!;
    expect(trungTam.deadlines.map((deadline) => deadline.date)).toEqual(['2024-02-10']);
    expect(trungTam.themes[0]?.text).toMatch(/^Đẩy mạnh cải cách hành chính/);
    // Neither document states its own number or date of issue.
    expect(plans.map((plan) => [plan.number, plan.issuedOn])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });
});

describe('phases', () => {
  const phases = entries('phases');

  it('are the two phases of 2024 with their dates', () => {
    expect(phases.map((phase) => [phase.startDate, phase.endDate]).sort()).toEqual([
      ['2024-01-01', '2024-06-30'],
      ['2024-07-01', '2024-12-31'],
    ]);
  });

  it.each(phases.map((phase) => [phase.title, phase] as const))(
    '%s: dates, occasions and anniversaries are stated',
    (_title, phase) => {
      expect(dateStated(phase.startDate) && dateStated(phase.endDate)).toBe(true);
      expect(unstated([phase.title.replace(/ năm \d{4}$/, ''), phase.description, ...phase.goals])).toEqual([]);
      expect(
        unstated(
          phase.occasions.flatMap((occasion) => [
            occasion.name,
            occasion.anniversary && `${occasion.anniversary} năm`,
          ]) as string[],
        ),
      ).toEqual([]);
      expect(
        phase.occasions
          .filter((occasion) => !dateStated(occasion.date, false) || !dateStated(occasion.since))
          .map((occasion) => occasion.name),
      ).toEqual([]);
    },
  );

  it('list all ten occasions of the plan', () => {
    expect(phases.flatMap((phase) => phase.occasions)).toHaveLength(10);
  });
});

describe('movements, units and the site', () => {
  it('name movements the plans name, launched by whom they say', () => {
    const movements = entries('movements');
    expect(movements.length).toBeGreaterThanOrEqual(8);
    expect(
      unstated(
        movements.flatMap((movement) => [
          movement.title.replace(/ của (Trung tâm|tỉnh Bắc Giang)$/, ''),
          movement.launchedBy.name,
          movement.theme,
          movement.launchedIn,
          movement.description,
        ]),
      ),
    ).toEqual([]);
  });

  it('name only units the plans name', () => {
    expect(unstated(entries('units').map((unit) => unit.name))).toEqual([]);
  });

  it('take the agency from the documents and leave unknown contact details empty', () => {
    const file = path.resolve('content/site.yaml');
    const site = siteSchema.parse(readEntryFile(file, readFileSync(file, 'utf8')).data);
    expect(unstated([site.agency.name, site.agency.parent])).toEqual([]);
    expect(site.contact).toEqual({});
    expect(site.responsiblePerson).toBeUndefined();
  });

  it('publish no real person as an exemplar', () => {
    expect(readdirSync(path.resolve('content/exemplars')).filter((name) => name.endsWith('.mdx'))).toEqual([]);
  });
});
