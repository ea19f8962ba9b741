// `npm start`: the local preview. Runs the real dist/Code.js in the Apps Script emulator and
// serves a page with the spreadsheet, the add-on menu and the sidebars.
//   --port <n>   (default 8080)   --demo   reset to the demo cohort   --file <path>
import { resolve } from 'node:path';
import { startPreview } from './server';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

async function main(): Promise<void> {
  const root = resolve(__dirname, '..');
  const port = Number(option('--port') ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Not a port number: ${option('--port')}`);
    process.exit(2);
  }
  const stateFile = resolve(option('--file') ?? resolve(root, '.preview/workbook.json'));
  const demo = process.argv.includes('--demo');
  try {
    if (demo) console.log('Building the demo cohort through the real API …');
    const preview = await startPreview({ port, distDir: resolve(root, 'dist'), stateFile, demo });
    console.log(`Bydelsmødre preview: ${preview.url}`);
    console.log(`Workbook: ${stateFile}  (Ctrl-C stops)`);
    let stopping = false;
    const stop = () => {
      if (stopping) process.exit(1);
      stopping = true;
      console.log('\nStopping the preview …');
      void preview.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') {
      console.error(
        `Port ${port} is already in use. Stop the other program or choose another port: npm start -- --port ${port + 1}`,
      );
    } else if (e.code === 'ENOENT') {
      console.error(`${e.message}\nBuild first: npm run build`);
    } else {
      console.error(e.stack ?? String(e));
    }
    process.exit(1);
  }
}

void main();
