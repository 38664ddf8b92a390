/**
 * Content fixtures through the real schemas. Each invalid fixture states, in its own comments, the
 * field and the Vietnamese message an editor must see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntryFileError, readEntryFile } from '../../src/lib/entry-file';
import { collectionSchemas } from '../../src/schemas/collections';
import { plainSchemaContext } from '../../src/schemas/context';
import { siteSchema } from '../../src/schemas/site';

const FIXTURES = path.resolve('test/fixtures/content');
const schemas = { ...collectionSchemas(plainSchemaContext), site: siteSchema };
type FixtureCollection = keyof typeof schemas;

function fixtures(kind: 'valid' | 'invalid') {
  return (Object.keys(schemas) as FixtureCollection[]).flatMap((collection) =>
    readdirSync(path.join(FIXTURES, kind, collection)).map((name) => {
      const file = path.join(FIXTURES, kind, collection, name);
      return { collection, name: `${collection}/${name}`, file, contents: readFileSync(file, 'utf8') };
    }),
  );
}

/** `# expect-field: x` and `# expect-message: y` lines of a fixture. */
function expectation(contents: string, key: string): string | undefined {
  return new RegExp(`^# expect-${key}: ?(.*)$`, 'm').exec(contents)?.[1];
}

function validate(collection: FixtureCollection, file: string, contents: string) {
  return schemas[collection].safeParse(readEntryFile(file, contents).data);
}

describe('valid fixtures', () => {
  it.each(fixtures('valid'))('$name passes its schema', ({ collection, file, contents }) => {
    const result = validate(collection, file, contents);
    expect(result.error?.issues ?? []).toEqual([]);
  });
});

describe('invalid fixtures', () => {
  const cases = fixtures('invalid');

  it('cover every collection', () => {
    expect(new Set(cases.map((fixture) => fixture.collection)).size).toBe(Object.keys(schemas).length);
  });

  it.each(cases)('$name is rejected with its Vietnamese message and field', ({ collection, file, contents }) => {
    const field = expectation(contents, 'field');
    const message = expectation(contents, 'message');
    expect(field, 'fixture states its field').toBeDefined();
    expect(message, 'fixture states its message').toBeTruthy();
    const result = validate(collection, file, contents);
    expect(result.success).toBe(false);
    const issues = (result.error?.issues ?? []).map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message,
    }));
    expect(issues).toContainEqual({ field, message: expect.stringContaining(message!) as string });
  });
});

describe('file-level mistakes', () => {
  const dir = path.join(FIXTURES, 'invalid', 'files');
  it.each(readdirSync(dir))('%s is refused with its line and a Vietnamese reason', (name) => {
    const contents = readFileSync(path.join(dir, name), 'utf8');
    let error: unknown;
    try {
      readEntryFile(name, contents);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EntryFileError);
    expect((error as EntryFileError).message).toContain(expectation(contents, 'message'));
    expect((error as EntryFileError).line).toBe(Number(expectation(contents, 'line')));
  });
});

describe('dates from YAML', () => {
  it('keep the day the editor wrote instead of rolling 30 February over to 1 March', () => {
    const { data } = readEntryFile('x.yaml', 'startDate: 2024-02-30\n');
    expect(data['startDate']).toBe('2024-02-30');
  });
});
