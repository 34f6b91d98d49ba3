import { expect, type Page } from '@playwright/test';

/** /admin, driven by labels and buttons as an administrator uses it. */
export class AdminPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/admin');
    await expect(this.page.getByRole('heading', { name: 'Administration' })).toBeVisible();
  }

  /** Pastes a board's JSON into "Create a board from JSON". */
  async importBoard(board: { id: string }) {
    await this.page.getByLabel('Create a board from JSON').fill(JSON.stringify(board));
    await this.page.getByRole('button', { name: 'Create board' }).click();
    await expect(this.page.getByText(`Board ${board.id} saved.`)).toBeVisible();
  }

  /** Creates a display link and returns the URL shown once. */
  async createLink(boardName: string, screenName: string): Promise<string> {
    await this.page
      .getByRole('combobox', { name: 'Board', exact: true })
      .selectOption({ label: boardName });
    await this.page.getByLabel('Screen name').fill(screenName);
    await this.page.getByRole('button', { name: 'Create display link' }).click();
    const shown = this.page.getByTestId('created-link');
    await expect(shown).toContainText('/tv/');
    return (await shown.textContent()) ?? '';
  }

  async revoke(screenName: string) {
    const row = this.page.getByTestId('admin-link-row').filter({ hasText: screenName });
    this.page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Revoke' }).click();
    await expect(row).toContainText('Revoked');
  }
}
