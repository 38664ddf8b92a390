/**
 * A plan's deadlines on a phone: three columns at 320 px left the task one word per line, so there
 * each deadline is stacked with its column's name; on a wide screen it stays a three-column table.
 * Either way Chromium's accessibility tree still has a table with its cells.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedProductionSite } from '../helpers/served-site';

const session = useServedProductionSite();
const PLAN = '/ke-hoach/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024/';

async function openPlan(width: number): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(session.site.origin + PLAN);
  return page;
}

/** The roles Chromium's accessibility tree gives the deadline table, its header cells and its cells. */
async function accessibleRoles(page: Page): Promise<string[]> {
  const client = await page.context().newCDPSession(page);
  const { root } = await client.send('DOM.getDocument', { depth: -1 });
  const selector = 'table.deadlines, table.deadlines th, table.deadlines td';
  const { nodeIds } = await client.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const wanted = new Set<number>();
  for (const nodeId of nodeIds) wanted.add((await client.send('DOM.describeNode', { nodeId })).node.backendNodeId);
  const { nodes } = await client.send('Accessibility.getFullAXTree');
  await client.detach();
  return [
    ...new Set(
      nodes
        .filter((node) => node.backendDOMNodeId !== undefined && wanted.has(node.backendDOMNodeId))
        .map((node) => String(node.role?.value ?? '')),
    ),
  ].sort();
}

describe('the deadline table', () => {
  it('stacks each deadline on a 320 px phone, every line full width and labelled', async () => {
    const page = await openPlan(320);
    const table = page.locator('table.deadlines');
    const tableWidth = (await table.boundingBox())!.width;
    const task = table.locator('tbody td').nth(1);
    expect((await task.boundingBox())!.width).toBeGreaterThan(tableWidth * 0.9);
    expect(await task.innerText()).toMatch(/^Đăng ký các danh hiệu thi đua/);
    // Each stacked line starts with its column's name (drawn by CSS from data-label).
    const labels = await table
      .locator('tbody td[data-label]')
      .evaluateAll((cells) =>
        cells.map((cell) =>
          getComputedStyle(cell, '::before').content === 'none' ? '' : cell.getAttribute('data-label'),
        ),
      );
    expect(labels.slice(0, 2)).toEqual(['Việc cần làm', 'Đơn vị thực hiện']);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect(await accessibleRoles(page)).toEqual(['cell', 'columnheader', 'table']);
    await page.close();
  });

  it('is a three-column table on a wide screen', async () => {
    const page = await openPlan(1280);
    const cells = page.locator('table.deadlines tbody tr').first().locator('td');
    const tops = await Promise.all([0, 1, 2].map(async (index) => (await cells.nth(index).boundingBox())!.y));
    expect(new Set(tops).size).toBe(1);
    expect(await cells.nth(1).innerText()).toMatch(/^Đăng ký các danh hiệu thi đua/);
    expect(await cells.nth(1).evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('none');
    expect(await accessibleRoles(page)).toEqual(['cell', 'columnheader', 'table']);
    await page.close();
  });
});
