// A node --test reporter beside the readable one: every skipped test as a JSON line (file, name, reason), for
// scripts/test.mjs to tell the opt-in skips from a test that passed by not running.
export default async function* skipReporter(source) {
  for await (const event of source) {
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.skip !== undefined && event.data.skip !== false) {
      yield `${JSON.stringify({ file: event.data.file ?? '', name: event.data.name, reason: event.data.skip === true ? '' : String(event.data.skip) })}\n`;
    }
  }
}
