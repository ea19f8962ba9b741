// SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts, prompts. Everything shown
// is recorded in the emulator's UI state; alert/prompt answers come from queues a test
// fills (default: the OK button, an empty prompt text).

import { serviceClass, unwrap } from './counting';
import type { Env, MenuItemRecord, MenuRecord } from './env';
import { fail } from './env';
import { Button, ButtonSet } from './enums';
import { HtmlOutput } from './html';

export class Menu {
  private readonly items: MenuItemRecord[] = [];
  constructor(
    private readonly env: Env,
    private readonly name: string,
    private readonly addon: boolean,
  ) {}
  addItem(caption: string, functionName: string) {
    if (typeof caption !== 'string' || typeof functionName !== 'string')
      fail(this.env, "The parameters don't match the method signature for Ui.Menu.addItem.");
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator() {
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: unknown) {
    const raw = unwrap(menu);
    if (!(raw instanceof Menu))
      fail(this.env, "The parameters don't match the method signature for Ui.Menu.addSubMenu.");
    this.items.push({ subMenu: raw.record() });
    return this;
  }
  record(): MenuRecord {
    return { name: this.name, addon: this.addon, items: this.items.map((i) => ({ ...i })) };
  }
  /** Adding a menu with the same name again replaces it, as reopening the file does. */
  addToUi() {
    const rec = this.record();
    const menus = this.env.ui.menus;
    const i = menus.findIndex((m) => m.name === rec.name && m.addon === rec.addon);
    if (i >= 0) menus[i] = rec;
    else menus.push(rec);
  }
}
serviceClass(Menu, 'Ui');

class PromptResponse {
  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {}
  getResponseText() {
    return this.text;
  }
  getSelectedButton() {
    return this.button;
  }
}

export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly env: Env) {}

  createMenu(caption: string) {
    return new Menu(this.env, String(caption), false);
  }
  /** The add-on menu lives under Extensions › <add-on name>. */
  createAddonMenu() {
    return new Menu(this.env, 'Add-on', true);
  }
  private html(output: unknown, method: string): HtmlOutput {
    const raw = unwrap(output);
    if (!(raw instanceof HtmlOutput))
      fail(this.env, `The parameters don't match the method signature for Ui.${method}.`);
    return raw;
  }
  showSidebar(userInterface: unknown) {
    const out = this.html(userInterface, 'showSidebar');
    this.env.ui.sidebars.push({ title: out.getTitle(), html: out.getContent(), width: out.getWidth() });
  }
  showModalDialog(userInterface: unknown, title: string) {
    const out = this.html(userInterface, 'showModalDialog');
    this.env.ui.dialogs.push({
      title: String(title),
      html: out.getContent(),
      width: out.getWidth(),
      height: out.getHeight(),
      modal: true,
    });
  }
  showModelessDialog(userInterface: unknown, title: string) {
    const out = this.html(userInterface, 'showModelessDialog');
    this.env.ui.dialogs.push({
      title: String(title),
      html: out.getContent(),
      width: out.getWidth(),
      height: out.getHeight(),
      modal: false,
    });
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(a: string, b?: unknown, c?: unknown) {
    const [title, prompt, buttons] =
      c !== undefined
        ? [String(a), String(b), String(c)]
        : b !== undefined
          ? ['', String(a), String(b)]
          : ['', String(a), 'OK'];
    const response = this.env.ui.alertResponses.shift() ?? Button.OK;
    this.env.ui.alerts.push({ title, prompt, buttons, kind: 'alert', response });
    return response;
  }
  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). */
  prompt(a: string, b?: unknown, c?: unknown) {
    const [title, prompt, buttons] =
      c !== undefined
        ? [String(a), String(b), String(c)]
        : b !== undefined
          ? ['', String(a), String(b)]
          : ['', String(a), 'OK'];
    const next = this.env.ui.promptResponses.shift() ?? { text: '' };
    const button = next.button ?? Button.OK;
    this.env.ui.alerts.push({ title, prompt, buttons, kind: 'prompt', response: button });
    return new PromptResponse(next.text, button);
  }
  toString() {
    return 'Ui';
  }
}
serviceClass(Ui, 'Ui');
