// PGlite runs its database in this thread. A refresh after a big report is a long row of statements; awaited back
// to back they resolve as microtasks, so the event loop never turns and `serve` stops answering (/healthz stalled
// 13.7 s behind a 4 MB report). After each statement on PGlite this plugin waits for one turn of the event loop
// (setImmediate), so requests are served between statements. A PostgreSQL server runs elsewhere: no plugin there.
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

export class YieldBetweenStatements implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return args.result;
  }
}
