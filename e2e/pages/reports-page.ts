import type { Locator, Page } from '@playwright/test';

/** The reports page, found by labels, roles and the few test ids the page sets. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  async goto(query = '') {
    await this.page.goto(`/reports${query ? `?${query}` : ''}`);
  }

  get period() {
    return this.page.getByRole('combobox', { name: 'Period', exact: true });
  }
  get from() {
    return this.page.getByLabel('From', { exact: true });
  }
  get to() {
    return this.page.getByLabel('To', { exact: true });
  }
  bucket(name: 'Hour' | 'Day' | 'Month') {
    return this.page.getByRole('group', { name: 'Group by' }).getByRole('button', { name });
  }
  get summary() {
    return this.page.getByTestId('summary-card');
  }
  figure(direction: string, figure: string): Locator {
    return this.summary.getByTestId(`summary-${direction}`).locator(`[data-figure="${figure}"]`);
  }
  get chartCard() {
    return this.page.getByTestId('calls-card');
  }
  get agentsTable() {
    return this.page.getByTestId('agents-table');
  }
  get numbersTable() {
    return this.page.getByTestId('numbers-table');
  }
  exportButton(kind: string, what: string) {
    return this.page.getByRole('button', { name: `${kind} — ${what}` });
  }

  /** The page's period as the API reads it (the date inputs always show it). */
  async range(): Promise<{ from: string; to: string }> {
    return { from: await this.from.inputValue(), to: await this.to.inputValue() };
  }

  /** Waits until no section is loading any more. */
  async settled() {
    await this.summary.waitFor();
    await this.page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
      timeout: 60_000,
    });
  }
}
