// The part of the google.script client API the sidebars use (the DOM lib and
// @types/google-apps-script clash, so the UI declares only this).
declare namespace google.script {
  interface Runner {
    withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): Runner;
    withFailureHandler(handler: (error: Error, userObject?: unknown) => void): Runner;
    withUserObject(object: unknown): Runner;
    [functionName: string]: unknown;
  }
  const run: Runner;
  const host: {
    close(): void;
    setHeight(height: number): void;
    setWidth(width: number): void;
    editor: { focus(): void };
  };
}
