import type { Locator, Page } from '@playwright/test';

/** `/sources/{id}`: live queue panels, today's chart and tables. */
export class SourcePage {
  readonly chart: Locator;
  readonly agentTable: Locator;
  readonly staleNotice: Locator;

  constructor(private readonly page: Page) {
    this.chart = page.getByTestId('calls-chart');
    this.agentTable = page.getByRole('table', { name: 'Agents today' });
    this.staleNotice = page
      .getByRole('region', { name: 'Live queues' })
      .getByTestId('stale-notice');
  }

  async goto(id: string) {
    await this.page.goto(`/sources/${id}`);
  }

  queue(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  kpi(queue: Locator, id: string): Locator {
    return queue.getByTestId(`kpi-${id}`).getByTestId('kpi-value');
  }

  waitingCallers(queue: Locator): Locator {
    return queue.getByRole('table', { name: /^Waiting callers/ }).locator('tbody tr');
  }

  agentRows(queue: Locator): Locator {
    return queue.getByRole('table', { name: /^Agent states/ }).locator('tbody tr');
  }

  agentRow(agentId: string): Locator {
    return this.agentTable.locator(`tr[data-agent-id="${agentId}"]`);
  }

  cell(row: Locator, column: string): Locator {
    return row.locator(`td[data-column="${column}"]`);
  }
}
