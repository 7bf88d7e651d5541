/**
 * Which variables a parsed template reads, and where: the checks of a template the user writes
 * (templates/custom.ts, the options page) and of the library at build time. Apart from engine.ts
 * because the sidebar only fills templates and does not load these (issue 16).
 */
import { choiceFormPaths, qualify, type Position, type TemplateAst, type TemplateNode } from './engine';

/**
 * Every path the template reads, in order of first use: values, conditions, lists, and
 * `sender.form` / `recipient.form` for choices. Item fields read inside {{#each list}} are
 * reported as `list[].field` (the item itself as `list[]`).
 */
export function listVariables(ast: TemplateAst): string[] {
  const seen = new Set<string>();
  walkVariables(ast, (path) => seen.add(path));
  return [...seen];
}

/**
 * Where each variable is first used (line and column of its tag), from the parsed tags themselves:
 * the positions the tokenizer recorded, so no text is searched again.
 */
export function variablePositions(ast: TemplateAst): Map<string, Position> {
  const first = new Map<string, Position>();
  walkVariables(ast, (path, node) => {
    if (!first.has(path)) first.set(path, { line: node.line, column: node.column });
  });
  return first;
}

/** Every variable a template reads, in document order, with the tag that reads it. */
function walkVariables(ast: TemplateAst, use: (path: string, node: Position) => void): void {
  const visit = (nodes: TemplateNode[], eachPaths: string[]): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          break;
        case 'value':
          use(qualify(node.path, eachPaths), node);
          break;
        case 'if':
          use(qualify(node.path, eachPaths), node);
          visit(node.then, eachPaths);
          visit(node.otherwise, eachPaths);
          break;
        case 'each': {
          const list = qualify(node.path, eachPaths);
          use(list, node);
          visit(node.body, [...eachPaths, list]);
          visit(node.otherwise, eachPaths);
          break;
        }
        case 'choice':
          for (const path of choiceFormPaths(node.by)) use(path, node);
          break;
      }
    }
  };
  visit(ast.nodes, []);
}
