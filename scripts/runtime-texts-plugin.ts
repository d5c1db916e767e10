// An esbuild plugin for the bundles the spreadsheets load: KPI definitions without the texts only metadata, docs and panes read.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/** What a definition says for people, and the wizard's grouping: the spreadsheets' runtimes never read them (functions.json and the JSDoc carry them). */
const DEFINITION_TEXTS = new Set(['summary', 'formula', 'examples', 'errors', 'columns', 'columnFormats', 'group']);
const DEFINERS = new Set(['defineKpi', 'partOfWholeKpi']);
/** Properties of a definition whose objects (parameters, the roles of a part-of-whole rate) carry a `description`. */
const DESCRIBED = new Set(['params', 'whole', 'part']);
/** What a parameter says for people and the wizard only: its description, and how the wizard proposes it from a table. */
const PARAM_TEXTS = new Set(['description', 'fromTable']);

function propertyName(node: ts.ObjectLiteralElementLike): string | undefined {
  return node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : undefined;
}

/**
 * The source with, in each `defineKpi({...})` or `partOfWholeKpi({...})` call, the definition's texts
 * removed and the `description` of its parameters (and of parameter specs declared apart with `satisfies ParamSpec`). Everything else (ids, kinds, limits, compute) is kept.
 */
export function withoutDefinitionTexts(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const transformer: ts.TransformerFactory<ts.SourceFile> = (context) => {
    /** An object literal without its description; an array of them (params), each without. */
    const stripDescriptions = (node: ts.Expression): ts.Expression => {
      if (ts.isObjectLiteralExpression(node)) return context.factory.updateObjectLiteralExpression(node, node.properties.filter((p) => !PARAM_TEXTS.has(propertyName(p) ?? '')));
      if (ts.isArrayLiteralExpression(node)) return context.factory.updateArrayLiteralExpression(node, node.elements.map(stripDescriptions));
      if (ts.isAsExpression(node)) return context.factory.updateAsExpression(node, stripDescriptions(node.expression), node.type);
      return node;
    };
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && DEFINERS.has(node.expression.text)) {
        const [definition, ...rest] = node.arguments;
        if (definition && ts.isObjectLiteralExpression(definition)) {
          const kept = definition.properties
            .filter((p) => !DEFINITION_TEXTS.has(propertyName(p) ?? ''))
            .map((p) => (ts.isPropertyAssignment(p) && DESCRIBED.has(propertyName(p) ?? '')
              ? context.factory.updatePropertyAssignment(p, p.name, stripDescriptions(p.initializer))
              : p));
          const stripped = context.factory.updateObjectLiteralExpression(definition, kept);
          return context.factory.updateCallExpression(node, node.expression, node.typeArguments, [stripped, ...rest]);
        }
      }
      // Parameters shared by several KPIs (`{ … } as const satisfies ParamSpec`) lose their description too.
      if (ts.isSatisfiesExpression(node) && /\bParamSpec\b/.test(node.type.getText(file))) {
        return context.factory.updateSatisfiesExpression(node, stripDescriptions(node.expression), node.type);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (sourceFile) => ts.visitNode(sourceFile, visit) as ts.SourceFile;
  };
  const result = ts.transform(file, [transformer]);
  const printed = ts.createPrinter().printFile(result.transformed[0]);
  result.dispose();
  return printed;
}

/** Applies `withoutDefinitionTexts` to the KPI files of a bundle. */
export const runtimeTexts: Plugin = {
  name: 'kpi-runtime-texts',
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]kpis[\\/][^\\/]+\.ts$/ }, async (args) => ({
      contents: withoutDefinitionTexts(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
