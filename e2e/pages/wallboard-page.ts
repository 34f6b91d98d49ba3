import type { Locator, Page } from '@playwright/test';

/** `/` with its live queue tiles. */
export class WallboardPage {
  readonly tiles: Locator;

  constructor(private readonly page: Page) {
    this.tiles = page.getByRole('article');
  }

  async goto() {
    await this.page.goto('/');
  }

  tile(name: string | RegExp): Locator {
    return this.page.getByRole('article', { name });
  }

  /** The figure under a label inside a tile, as the text a person reads. */
  figure(tile: Locator, label: string): Locator {
    return tile.locator('div', { has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  age(tile: Locator): Locator {
    return tile.getByTestId('tile-age');
  }
}
