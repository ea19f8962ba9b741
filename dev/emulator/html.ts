// HtmlService and HtmlOutput. Files come from the emulator's htmlFiles resolver (the
// built dist/<name>.html in tests and the preview).

import { serviceClass } from './counting';
import type { Env } from './env';
import { fail } from './env';
import { SandboxMode, XFrameOptionsMode } from './enums';

export class HtmlOutput {
  private title = '';
  private width = 300;
  private height = 500;
  private sandboxMode = 'IFRAME';
  private xFrameOptionsMode = 'DEFAULT';
  private faviconUrl: string | null = null;
  private readonly metaTags: { name: string; content: string }[] = [];
  constructor(
    private readonly env: Env,
    private content: string,
  ) {}

  getContent() {
    return this.content;
  }
  setContent(content: string) {
    this.content = String(content);
    return this;
  }
  append(addedContent: string) {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string) {
    this.content += String(addedContent)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
    return this;
  }
  clear() {
    this.content = '';
    return this;
  }
  getTitle() {
    return this.title;
  }
  setTitle(title: string) {
    this.title = String(title);
    return this;
  }
  getWidth() {
    return this.width;
  }
  setWidth(width: number) {
    if (!Number.isFinite(width)) fail(this.env, 'Invalid argument: width');
    this.width = Number(width);
    return this;
  }
  getHeight() {
    return this.height;
  }
  setHeight(height: number) {
    if (!Number.isFinite(height)) fail(this.env, 'Invalid argument: height');
    this.height = Number(height);
    return this;
  }
  setSandboxMode(mode: string) {
    this.sandboxMode = String(mode);
    return this;
  }
  getSandboxMode() {
    return this.sandboxMode;
  }
  setXFrameOptionsMode(mode: string) {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
  getXFrameOptionsMode() {
    return this.xFrameOptionsMode;
  }
  addMetaTag(name: string, content: string) {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  getMetaTags() {
    return this.metaTags.map((m) => ({ getName: () => m.name, getContent: () => m.content }));
  }
  setFaviconUrl(url: string) {
    this.faviconUrl = String(url);
    return this;
  }
  getFaviconUrl() {
    return this.faviconUrl;
  }
  toString() {
    return 'HtmlOutput';
  }
}
serviceClass(HtmlOutput, 'Html');

export class HtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(private readonly env: Env) {}

  createHtmlOutput(html?: string) {
    return new HtmlOutput(this.env, html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: string) {
    const name = String(filename).replace(/\.html$/, '');
    let content: string | undefined;
    try {
      content = this.env.options.htmlFiles?.(name);
    } catch {
      content = undefined;
    }
    if (typeof content !== 'string') fail(this.env, `No HTML file named ${name} was found.`);
    return new HtmlOutput(this.env, content);
  }
}
serviceClass(HtmlService, 'Html');
